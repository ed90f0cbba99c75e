import { ReleaseReason, SentenceStatus, TermKind } from '../../modules/sentence/sentence.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedSentence } from '../dataset.types';

// No sentencing date is reported for any of these, so `date` is left out; appeal status is not
// reported either (UNKNOWN).
export const sentences: SeedSentence[] = [
  {
    externalId: 'sentence-abdelkrim-s-marseille-killing',
    jurisdiction: 'FR',
    charges: ['Killing in Marseille (offence as reported; legal qualification not given)'],
    termKind: TermKind.PRISON,
    termMonths: 120,
    status: SentenceStatus.UNKNOWN,
    released: { from: '2023-07' },
    releaseReason: ReleaseReason.PROBATION,
    releaseNote:
      'Let out under probation in July 2023; he allegedly scouted targets in Germany while still under it.',
    confidence: Confidence.CONVICTED,
    description:
      'Earlier 10-year prison sentence of the Marco Polo suspect, unrelated to Iran in the article. See incident-marseille-killing-abdelkrim-s.',
    roles: [{ actor: 'actor-abdelkrim-s', role: ActorRoleKind.DEFENDANT }],
    citations: [
      {
        source: 'source-voa-afp-marco-polo-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000 ¶8: term and probation release',
      },
    ],
  },
  {
    externalId: 'sentence-assadolah-assadi',
    jurisdiction: 'BE',
    charges: [
      'Role in the 2018 bomb plot against an Iranian opposition rally (charges not detailed in the article)',
    ],
    termKind: TermKind.PRISON,
    termMonths: 240,
    status: SentenceStatus.UNKNOWN,
    released: { from: '2023' },
    releaseReason: ReleaseReason.PRISONER_EXCHANGE,
    releaseNote:
      'Released in 2023 in a discreet, contested prisoner exchange for four Europeans held in Iran, whose detentions were widely seen as politically motivated; Belgium had at first insisted he be held to account.',
    confidence: Confidence.CONVICTED,
    plot: 'plot-villepinte-2018',
    description:
      "Jurisdiction BE is inferred from the article's reference to Belgium's insistence on holding him accountable; the court is not named.",
    roles: [
      { actor: 'actor-assadolah-assadi', role: ActorRoleKind.DEFENDANT },
      { actor: 'actor-belgian-judiciary', role: ActorRoleKind.COURT },
      {
        actor: 'actor-belgium',
        role: ActorRoleKind.OTHER,
        note: 'Released him in the 2023 prisoner exchange.',
      },
      {
        actor: 'actor-iran',
        role: ActorRoleKind.OTHER,
        note: 'Other party to the 2023 prisoner exchange.',
      },
      {
        actor: 'actor-europeans-detained-in-iran',
        role: ActorRoleKind.OTHER,
        note: 'Freed in exchange for him.',
      },
    ],
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: 'Seed 003 ¶4–¶5: 20-year term and 2023 release',
      },
    ],
  },
  {
    externalId: 'sentence-assadi-accomplices',
    jurisdiction: 'BE',
    charges: [
      'Role in the 2018 bomb plot against an Iranian opposition rally (charges not detailed in the article)',
    ],
    termKind: TermKind.PRISON,
    termMonths: 180,
    termMonthsMax: 216,
    status: SentenceStatus.UNKNOWN,
    confidence: Confidence.CONVICTED,
    plot: 'plot-villepinte-2018',
    description:
      "One record for three defendants: the article gives only the range (15 to 18 years), not individual terms. Jurisdiction BE is inferred from Assadi's case (not stated for the accomplices).",
    roles: [
      { actor: 'actor-assadi-accomplices', role: ActorRoleKind.DEFENDANT },
      { actor: 'actor-belgian-judiciary', role: ActorRoleKind.COURT },
    ],
    citations: [
      {
        source: 'source-special-report-terror-traffickers-tehran-2025',
        stance: Stance.REPORTS,
        excerpt: "Seed 003 ¶4: accomplices' terms",
      },
    ],
  },
];
