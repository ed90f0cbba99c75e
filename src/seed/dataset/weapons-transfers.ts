import {
  TransferStatus,
  WeaponCategory,
} from '../../modules/weapons-transfer/weapons-transfer.enums';
import { ActorRoleKind } from '../../shared/actor-role/actor-role.enum';
import { Stance } from '../../shared/citation/stance.enum';
import { Confidence } from '../../shared/confidence.enum';
import type { SeedWeaponsTransfer } from '../dataset.types';

const YEAR_2024 =
  'year inferred as 2024 from Masoud Pezeshkian being Iranian president (in office from 2024)';

export const weaponsTransfers: SeedWeaponsTransfer[] = [
  {
    externalId: 'transfer-iran-russia-fath-360',
    weaponSystem: 'Fath-360 close-range ballistic missile',
    category: WeaponCategory.BALLISTIC_MISSILE,
    quantityText: 'hundreds',
    quantityLow: 200,
    quantityHigh: 999,
    status: TransferStatus.REPORTED,
    confidence: Confidence.REPORTED,
    reported: {
      from: '2024-08',
      note: `First reported by Reuters in 'late August' (${YEAR_2024}). Bloomberg then reported on a 'Monday' that Iran was poised to deliver, and the WSJ on a 'Friday' that it had delivered; neither day is dated further.`,
    },
    delivery: {
      from: '2024',
      note: `The WSJ reported the delivery as done on a 'Friday' some time after late August; the delivery date itself is not given; ${YEAR_2024}.`,
    },
    purpose: 'Use by Russia in its war against Ukraine',
    relatedActivity:
      'Training in Iran of dozens of Russian military personnel to operate the Fath-360 system (Reuters, late August 2024)',
    description:
      "Reuters reported Russian personnel training in Iran on the satellite-guided Fath-360 and hundreds of missiles expected to reach Russia soon. Bloomberg, citing unnamed European officials, said Iran was poised to supply ballistic missiles, type, range and timing unspecified, possibly within days. The WSJ, citing U.S. and European officials, said short-range ballistic missiles had been delivered, hundreds of them (type not named). The White House NSC called the reports concerning and threatened a response; Iran's UN mission denied sending missiles. 'Hundreds' is encoded as 200–999.",
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SUPPLIER },
      { actor: 'actor-russia', role: ActorRoleKind.RECIPIENT },
      {
        actor: 'actor-russian-military-personnel-trained-in-iran',
        role: ActorRoleKind.OTHER,
        note: 'Being trained in Iran on the system (Reuters).',
      },
      {
        actor: 'actor-irgc',
        role: ActorRoleKind.OTHER,
        note: 'Pictured by Tasnim (July 3, 2023) testing a Fath-360 training system; the articles do not say who trained the Russians.',
      },
      {
        actor: 'actor-iran-un-mission',
        role: ActorRoleKind.DENIER,
        note: 'Denied, to CNN, sending ballistic missiles to Russia.',
      },
    ],
    citations: [
      {
        source: 'source-reuters-fath-360-training-2024',
        stance: Stance.REPORTS,
        excerpt:
          'Seed 000, missile article ¶11: training in Iran; hundreds of missiles expected soon',
      },
      {
        source: 'source-bloomberg-iran-missiles-2024',
        stance: Stance.REPORTS,
        excerpt:
          'Seed 000, missile article ¶4–¶5: Iran poised to supply; delivery possibly within days',
      },
      {
        source: 'source-wsj-iran-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article ¶6: short-range missiles delivered, hundreds',
      },
      {
        source: 'source-white-house-nsc-savett-2024',
        stance: Stance.REPORTS,
        excerpt:
          "Seed 000, missile article ¶2–¶3, ¶10: acknowledges 'concerning reports' and speaks conditionally of the transfer, though it later refers to a 'missile transfer program'; not treated as a formal confirmation",
      },
      {
        source: 'source-state-dept-patel-2024',
        stance: Stance.REPORTS,
        excerpt:
          'Seed 000, missile article ¶12: deep concern and talks with European partners on possible action; no confirmation',
      },
      {
        source: 'source-voa-iran-russia-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article: whole report',
      },
      {
        source: 'source-cnn-iran-un-mission-denial-2024',
        stance: Stance.DENIES,
        excerpt: "Seed 000, missile article ¶14: Iran's UN mission denies sending missiles",
      },
    ],
  },
  {
    externalId: 'transfer-iran-russia-additional-weapons',
    weaponSystem: 'Unspecified additional weapons',
    category: WeaponCategory.OTHER,
    status: TransferStatus.PLANNED,
    confidence: Confidence.REPORTED,
    reported: { from: '2024', note: `WSJ report of a 'Friday'; ${YEAR_2024}.` },
    description:
      'The WSJ report indicated that Iran expects to send further weapons to Russia beyond the ballistic missiles; type and quantity not stated.',
    roles: [
      { actor: 'actor-iran', role: ActorRoleKind.SUPPLIER },
      { actor: 'actor-russia', role: ActorRoleKind.RECIPIENT },
    ],
    citations: [
      {
        source: 'source-wsj-iran-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article ¶7: more weapons anticipated',
      },
    ],
  },
  {
    externalId: 'transfer-north-korea-russia-ballistic-missiles',
    weaponSystem: 'North Korean-made ballistic missiles (type not stated)',
    category: WeaponCategory.BALLISTIC_MISSILE,
    status: TransferStatus.REPORTED,
    confidence: Confidence.REPORTED,
    description:
      "Experts quoted by VOA say Russia's ballistic missile arsenal includes missiles made in North Korea, known for poor accuracy. Quantity and dates are not stated.",
    roles: [
      { actor: 'actor-north-korea', role: ActorRoleKind.SUPPLIER },
      { actor: 'actor-russia', role: ActorRoleKind.RECIPIENT },
    ],
    citations: [
      {
        source: 'source-voa-iran-russia-missiles-2024',
        stance: Stance.REPORTS,
        excerpt: 'Seed 000, missile article ¶16: experts on Russia’s arsenal',
      },
    ],
  },
];
