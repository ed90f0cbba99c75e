import { CustodyOutcome } from '../../modules/arrest/arrest.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedArrest } from '../dataset.types';

const MAY_4_2024 = {
  from: '2024-05-04',
  note: "Stated as 'May 4' with no year. Year inferred as 2024 from the article's context: probation from July 2023 and arson plots in Dec 2023 – Jan 2024 precede it.",
};
const MARCO_POLO_CHARGE = 'Conspiracy with a criminal terrorist organisation';

export const arrests: SeedArrest[] = [
  {
    externalId: 'arrest-abdelkrim-s-2024-05-04',
    date: MAY_4_2024,
    place: 'place-paris',
    charges: [MARCO_POLO_CHARGE],
    custodyOutcome: CustodyOutcome.DETAINED_PENDING_TRIAL,
    confidence: Confidence.CHARGED,
    plot: 'plot-marco-polo',
    description:
      'Charged in Paris and placed in pre-trial detention. The article says a Paris court detained and charged the couple in May; who made the physical arrest, and when, is not stated.',
    roles: [
      { actor: 'actor-abdelkrim-s', role: ActorRoleKind.ARRESTED_PERSON },
      {
        actor: 'actor-paris-court',
        role: ActorRoleKind.ARRESTING_AUTHORITY,
        note: 'Detained and charged him.',
      },
    ],
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶2–¶3: charge date, charge and detention (police sources via AFP)',
      },
    ],
  },
  {
    externalId: 'arrest-sabrina-b-2024-05-04',
    date: MAY_4_2024,
    place: 'place-paris',
    charges: [MARCO_POLO_CHARGE],
    custodyOutcome: CustodyOutcome.DETAINED_PENDING_TRIAL,
    confidence: Confidence.CHARGED,
    plot: 'plot-marco-polo',
    description:
      'Charged together with her partner Abdelkrim S. and placed in pre-trial detention.',
    roles: [
      { actor: 'actor-sabrina-b', role: ActorRoleKind.ARRESTED_PERSON },
      {
        actor: 'actor-paris-court',
        role: ActorRoleKind.ARRESTING_AUTHORITY,
        note: 'Detained and charged her.',
      },
    ],
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶2–¶3: charge date, charge and detention (police sources via AFP)',
      },
    ],
  },
  {
    externalId: 'arrest-haarlem-suspect-madrid-link',
    place: 'place-haarlem',
    charges: [],
    custodyOutcome: CustodyOutcome.UNKNOWN,
    confidence: Confidence.REPORTED,
    incident: 'incident-haarlem-dissident-attempt',
    description:
      "Arrested in Haarlem after the attempt on an Iranian dissident. No date is given ('most recently' in a mid-2025 article), so `date` is left out; charges and custody are not reported. Linked to the November 2023 Madrid shooting of Alejo Vidal-Quadras.",
    roles: [{ actor: 'actor-haarlem-suspect-madrid-link', role: ActorRoleKind.ARRESTED_PERSON }],
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7: Haarlem arrests',
      },
    ],
  },
  {
    externalId: 'arrest-haarlem-suspect-second',
    place: 'place-haarlem',
    charges: [],
    custodyOutcome: CustodyOutcome.UNKNOWN,
    confidence: Confidence.REPORTED,
    incident: 'incident-haarlem-dissident-attempt',
    description:
      "Second suspect arrested in Haarlem after the attempt on an Iranian dissident. No date is given ('most recently' in a mid-2025 article), so `date` is left out; charges and custody are not reported.",
    roles: [{ actor: 'actor-haarlem-suspect-second', role: ActorRoleKind.ARRESTED_PERSON }],
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶7: Haarlem arrests',
      },
    ],
  },
];
