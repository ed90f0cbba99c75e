import { SanctionMeasure, SanctionStatus } from '../../modules/sanction/sanction.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedSanction } from '../dataset.types';

export const sanctions: SeedSanction[] = [
  {
    // Not linked to transfer-iran-russia-fath-360: the article ties these packages to Iran–Russia
    // cooperation "in recent years", i.e. before the 2024 missile reports, not to that transfer.
    externalId: 'sanction-western-iran-russia-cooperation',
    title: 'Western sanctions on Iranian people and entities over cooperation with Russia',
    measures: [SanctionMeasure.OTHER],
    reason: "Iran's growing cooperation with Russia in recent years",
    status: SanctionStatus.ACTIVE,
    confidence: Confidence.REPORTED,
    description:
      'VOA says Western states have answered closer Iran–Russia ties with several broad rounds of sanctions on Iranian people and entities. The measures, regimes and dates are not given (hence OTHER and no `imposed`); ACTIVE assumes they are still in force since no lifting is mentioned.',
    roles: [
      { actor: 'actor-western-states', role: ActorRoleKind.IMPOSING_AUTHORITY },
      { actor: 'actor-iranian-individuals-and-institutions', role: ActorRoleKind.SANCTIONED_PARTY },
    ],
    citations: [
      {
        source: 'source-voa-iran-russia-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article ¶15: sanction packages',
      },
    ],
  },
  {
    externalId: 'sanction-us-threatened-response-iran-missiles',
    title: "Threatened U.S. 'swift and severe response' to Iranian missile transfers to Russia",
    measures: [SanctionMeasure.OTHER],
    reason: 'Transfer of Iranian ballistic missiles to Russia for its war against Ukraine',
    status: SanctionStatus.PROPOSED,
    confidence: Confidence.CONFIRMED,
    weaponsTransfer: 'transfer-iran-russia-fath-360',
    description:
      "NSC spokesperson Sean Savett said the U.S. stood ready to respond swiftly and severely if Iran went ahead with such transfers, a line the U.S. and its allies had already taken at the summer's G7 summit and NATO meeting (2024, inferred). In late August State Department deputy spokesperson Vedant Patel said Washington was discussing possible actions with European partners. The form of the response is not specified, hence OTHER. CONFIRMED because the threat itself comes from the officials making it.",
    roles: [
      {
        actor: 'actor-united-states',
        role: ActorRoleKind.IMPOSING_AUTHORITY,
        note: 'Threatened, not imposed.',
      },
      { actor: 'actor-white-house-nsc', role: ActorRoleKind.OTHER, note: 'Issued the warning.' },
      {
        actor: 'actor-sean-savett',
        role: ActorRoleKind.OTHER,
        note: 'NSC spokesperson who made the statement to VOA.',
      },
      {
        actor: 'actor-us-state-department',
        role: ActorRoleKind.OTHER,
        note: 'Signalled possible actions in late August.',
      },
      {
        actor: 'actor-vedant-patel',
        role: ActorRoleKind.OTHER,
        note: 'State Department deputy spokesperson.',
      },
      {
        actor: 'actor-iran',
        role: ActorRoleKind.SANCTIONED_PARTY,
        note: 'The Iranian government would be the target.',
      },
    ],
    citations: [
      {
        source: 'source-white-house-nsc-savett-2024',
        stance: Stance.CONFIRMS,
        excerpt: 'Seed 000, missile article ¶9: threat of a swift and severe response',
      },
      {
        source: 'source-state-dept-patel-2024',
        stance: Stance.CONFIRMS,
        excerpt: 'Seed 000, missile article ¶12: possible actions with European partners',
      },
      {
        source: 'source-voa-iran-russia-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article ¶2, ¶9, ¶12',
      },
    ],
  },
];
