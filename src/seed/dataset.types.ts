import type { ActorKind } from '../modules/actor/actor.enums';
import type { CustodyOutcome } from '../modules/arrest/arrest.enums';
import type { IncidentOutcome, IncidentType } from '../modules/incident/incident.enums';
import type { GeoPrecision } from '../modules/place/place.enums';
import type { PlotStatus, TargetKind } from '../modules/plot/plot.enums';
import type { SanctionMeasure, SanctionStatus } from '../modules/sanction/sanction.enums';
import type { ReleaseReason, SentenceStatus, TermKind } from '../modules/sentence/sentence.enums';
import type { SourceKind } from '../modules/source/source.enums';
import type {
  TransferStatus,
  WeaponCategory,
} from '../modules/weapons-transfer/weapons-transfer.enums';
import type { ActorRoleKind } from '../shared/actor-role/actor-role.enum';
import type { Stance } from '../shared/citation/stance.enum';
import type { Confidence } from '../shared/confidence.enum';

// The dataset is written by hand, so records point at each other by externalId, not by UUID.

/** An uncertain date: `from`/`to` are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the form sets the precision. */
export interface SeedDate {
  from: string;
  to?: string;
  /** "since 2015": no known end. */
  ongoing?: boolean;
  /** Why the date is what it is, e.g. "year inferred from context". */
  note?: string;
}

export interface SeedCitation {
  /** externalId of a SeedSource. */
  source: string;
  stance: Stance;
  /** A short locator or paraphrase of where the source says it; never a copied sentence. */
  excerpt?: string;
  /** 'YYYY-MM-DD'. */
  accessedOn?: string;
}

export interface SeedRole {
  /** externalId of a SeedActor. */
  actor: string;
  role: ActorRoleKind;
  note?: string;
}

interface SeedRecord {
  externalId: string;
  citations?: SeedCitation[];
}

interface SeedEvent extends SeedRecord {
  confidence: Confidence;
  roles?: SeedRole[];
}

export interface SeedSource {
  externalId: string;
  publisher: string;
  title: string;
  url?: string;
  published?: SeedDate;
  kind: SourceKind;
  /** ISO 639-1, e.g. 'en', 'fr'. */
  language: string;
  description?: string;
}

export interface SeedPlace extends SeedRecord {
  name: string;
  countryCode: string;
  region?: string;
  city?: string;
  latitude?: number;
  longitude?: number;
  geoPrecision?: GeoPrecision;
  geonamesId?: string;
  wikidataId?: string;
}

export interface SeedActor extends SeedRecord {
  kind: ActorKind;
  name: string;
  aliases?: string[];
  countryCode?: string;
  ageReported?: number;
  /** 'YYYY-MM-DD' (or 'YYYY-MM'/'YYYY'): when the reported age applied. */
  ageReportedOn?: string;
  description?: string;
  wikidataId?: string;
  openSanctionsId?: string;
}

export interface SeedPlot extends SeedEvent {
  name: string;
  codename?: string;
  summary: string;
  status: PlotStatus;
  period?: SeedDate;
  targetKinds: TargetKind[];
  targetCountries: string[];
  disclosed?: SeedDate;
  /** When the record stands for several plots reported only as a count ("at least 20"). */
  aggregateCount?: number;
}

export interface SeedIncident extends SeedEvent {
  title: string;
  type: IncidentType;
  outcome: IncidentOutcome;
  date?: SeedDate;
  /** externalId of a SeedPlace. */
  place?: string;
  /** externalId of a SeedPlot. */
  plot?: string;
  /** Omit when not reported: unknown is not zero. */
  killed?: number;
  injured?: number;
  description?: string;
}

export interface SeedArrest extends SeedEvent {
  date?: SeedDate;
  place?: string;
  charges: string[];
  custodyOutcome: CustodyOutcome;
  plot?: string;
  incident?: string;
  description?: string;
}

export interface SeedSentence extends SeedEvent {
  date?: SeedDate;
  /** ISO 3166-1 alpha-2 country whose court sentenced. */
  jurisdiction: string;
  charges: string[];
  termKind: TermKind;
  termMonths?: number;
  /** Upper end when only a range is reported ("15 to 18 years"). */
  termMonthsMax?: number;
  fineAmount?: number;
  fineCurrency?: string;
  status: SentenceStatus;
  released?: SeedDate;
  releaseReason?: ReleaseReason;
  releaseNote?: string;
  arrest?: string;
  plot?: string;
  description?: string;
}

export interface SeedSanction extends SeedEvent {
  title: string;
  regime?: string;
  legalReference?: string;
  measures: SanctionMeasure[];
  reason?: string;
  imposed?: SeedDate;
  lifted?: SeedDate;
  status: SanctionStatus;
  plot?: string;
  weaponsTransfer?: string;
  description?: string;
}

export interface SeedWeaponsTransfer extends SeedEvent {
  weaponSystem: string;
  category: WeaponCategory;
  quantityLow?: number;
  quantityHigh?: number;
  quantityText?: string;
  status: TransferStatus;
  reported?: SeedDate;
  delivery?: SeedDate;
  purpose?: string;
  relatedActivity?: string;
  description?: string;
}

export interface Dataset {
  sources: SeedSource[];
  places: SeedPlace[];
  actors: SeedActor[];
  plots: SeedPlot[];
  incidents: SeedIncident[];
  arrests: SeedArrest[];
  sentences: SeedSentence[];
  sanctions: SeedSanction[];
  weaponsTransfers: SeedWeaponsTransfer[];
}
