import { registerDescribedEnum } from '../../shared/register-enum';

export enum ActorKind {
  PERSON = 'PERSON',
  GROUP_OF_PEOPLE = 'GROUP_OF_PEOPLE',
  STATE = 'STATE',
  STATE_AGENCY = 'STATE_AGENCY',
  CRIMINAL_NETWORK = 'CRIMINAL_NETWORK',
  TERRORIST_GROUP = 'TERRORIST_GROUP',
  COMPANY = 'COMPANY',
  COURT = 'COURT',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  INTERNATIONAL_ORGANISATION = 'INTERNATIONAL_ORGANISATION',
  MEDIA_OUTLET = 'MEDIA_OUTLET',
  OTHER = 'OTHER',
}

registerDescribedEnum(ActorKind, 'ActorKind', 'What sort of actor this is.', {
  PERSON: 'A natural person, named as reported (e.g. "Abdelkrim S.").',
  GROUP_OF_PEOPLE: 'People reported only together, without names (e.g. "three accomplices").',
  STATE: 'A sovereign state acting as such (e.g. Iran, Russia).',
  STATE_AGENCY: 'An organ of a state: intelligence service, armed force, IRGC, police, ministry.',
  CRIMINAL_NETWORK: 'An organised-crime group or drug-trafficking network.',
  TERRORIST_GROUP: 'A non-state armed or terrorist organisation.',
  COMPANY: 'A business, e.g. a targeted firm or a sanctioned airline.',
  COURT: 'A court or tribunal.',
  GOVERNMENT_BODY: 'A government, ministry or council that is not a security agency.',
  INTERNATIONAL_ORGANISATION: 'The EU, the UN, NATO, the G7 and similar bodies.',
  MEDIA_OUTLET: 'A news organisation acting in a record (e.g. revealing a case).',
  OTHER: 'Anything else; say what in the description.',
});
