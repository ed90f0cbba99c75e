import { registerDescribedEnum } from '../../shared/register-enum';

export enum IncidentType {
  ASSASSINATION = 'ASSASSINATION',
  ATTEMPTED_ASSASSINATION = 'ATTEMPTED_ASSASSINATION',
  BOMBING = 'BOMBING',
  BOMB_PLOT = 'BOMB_PLOT',
  ARSON = 'ARSON',
  SHOOTING = 'SHOOTING',
  KIDNAPPING = 'KIDNAPPING',
  SURVEILLANCE = 'SURVEILLANCE',
  INTIMIDATION = 'INTIMIDATION',
  WEAPONS_SMUGGLING = 'WEAPONS_SMUGGLING',
  CYBER = 'CYBER',
  OTHER = 'OTHER',
}

registerDescribedEnum(
  IncidentType,
  'IncidentType',
  'What kind of event an incident is (after GTD attacktype1 and ACLED event types).',
  {
    ASSASSINATION:
      'Killing of a selected person (GTD attacktype 1 "Assassination"; ACLED "Violence against civilians").',
    ATTEMPTED_ASSASSINATION:
      'An attempt to kill a selected person that failed (GTD attacktype 1, success = 0).',
    BOMBING:
      'An explosive attack that took place (GTD attacktype 3 "Bombing/Explosion"; ACLED "Explosions/Remote violence").',
    BOMB_PLOT: 'A planned bombing stopped before it happened (GTD attacktype 3, success = 0).',
    ARSON:
      'Setting fire to property, or a plan to (GTD attacktype 7 "Facility/Infrastructure Attack").',
    SHOOTING: 'An armed attack with firearms (GTD attacktype 2 "Armed Assault").',
    KIDNAPPING: 'Abduction or hostage-taking (GTD attacktype 5/6).',
    SURVEILLANCE:
      'Scouting, reconnaissance or spying on targets before an attack (no GTD code; ACLED "Strategic developments").',
    INTIMIDATION: 'Threats and harassment (ACLED "Strategic developments").',
    WEAPONS_SMUGGLING: 'Moving weapons or explosives for an operation (no GTD code).',
    CYBER: 'Computer intrusion, sabotage or influence operation.',
    OTHER: 'Anything else; see the description (GTD attacktype 9 "Unknown").',
  },
);

export enum IncidentOutcome {
  COMPLETED = 'COMPLETED',
  ATTEMPTED = 'ATTEMPTED',
  FOILED = 'FOILED',
  UNKNOWN = 'UNKNOWN',
}

registerDescribedEnum(IncidentOutcome, 'IncidentOutcome', 'How the event ended.', {
  COMPLETED: 'Carried out as intended (GTD success = 1).',
  ATTEMPTED: 'Tried but failed, e.g. the target survived (GTD success = 0).',
  FOILED: 'Stopped before it was tried.',
  UNKNOWN: 'Not reported.',
});
