import { lazy } from '../../shared/lazy';
import type { ListDefinition } from '../../shared/list';
import { ACTOR_LIST } from '../actor';
import { ARREST_LIST } from '../arrest';
import { INCIDENT_LIST } from '../incident';
import { PLACE_LIST } from '../place';
import { PLOT_LIST } from '../plot';
import { SANCTION_LIST } from '../sanction';
import { ReleaseReason, SENTENCE_LIST } from '../sentence';
import { SOURCE_LIST } from '../source';
import { WEAPONS_TRANSFER_LIST } from '../weapons-transfer';

/** How a field is written to a spreadsheet cell and read back from one. */
export type FieldKind = 'text' | 'int' | 'float' | 'boolean' | 'list' | 'date' | 'ref';

export interface TableField {
  /** The GraphQL field (and mutation input field); for a ref, the relation ("place" for placeId). */
  name: string;
  kind: FieldKind;
  /** For a ref: the GraphQL type it points at. */
  refType?: string;
  /** Written to exports but not an input field (e.g. releasedEarly, derived from releaseReason). */
  exportOnly?: boolean;
  /** For a field with no column of its name: its value for the row aliased `alias`, in SQL. */
  exportSql?: (alias: string) => string;
}

/** A record kind as exports and imports see it: its list, filter type and flat fields. */
export interface RecordTable {
  /** URL and file name: "incidents", "weapons-transfers". */
  slug: string;
  /** GraphQL type name, e.g. "WeaponsTransfer". */
  typeName: string;
  /** The kind in prose, e.g. "weapons transfer". */
  label: string;
  /** The mutation payload field holding the node, e.g. "weaponsTransfer". */
  payloadField: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind's list has its own entity, filter and order types
  list: ListDefinition<any, any, any, any>;
  /** The GraphQL input type of the list's `filter` argument. */
  filterType: string;
  fields: TableField[];
  /** Spreadsheet column → role whose actors it lists by name; other roles go to otherActors. */
  roleColumns?: Record<string, string>;
  /** Whether records of this kind carry actor roles (events) and citations (all but sources). */
  hasRoles: boolean;
  hasCitations: boolean;
}

/** Where a reference points: its table and the column that names a record of it. */
export const REFERENCE_TARGETS: Record<string, { table: string; nameColumn: string | null }> = {
  Place: { table: 'places', nameColumn: 'name' },
  Plot: { table: 'plots', nameColumn: 'name' },
  Incident: { table: 'incidents', nameColumn: 'title' },
  Arrest: { table: 'arrests', nameColumn: null },
  WeaponsTransfer: { table: 'weapons_transfers', nameColumn: 'weaponSystem' },
};

const text = (name: string): TableField => ({ name, kind: 'text' });
const int = (name: string): TableField => ({ name, kind: 'int' });
const float = (name: string): TableField => ({ name, kind: 'float' });
const list = (name: string): TableField => ({ name, kind: 'list' });
const date = (name: string): TableField => ({ name, kind: 'date' });
const ref = (name: string, refType: string): TableField => ({ name, kind: 'ref', refType });

// Built on first use: the modules load in cycles.
export const recordTables = lazy((): RecordTable[] => [
  {
    slug: 'actors',
    typeName: 'Actor',
    label: 'actor',
    payloadField: 'actor',
    list: ACTOR_LIST,
    filterType: 'ActorFilter',
    fields: [
      text('kind'),
      text('name'),
      list('aliases'),
      text('countryCode'),
      int('ageReported'),
      text('ageReportedOn'),
      text('description'),
      text('wikidataId'),
      text('openSanctionsId'),
    ],
    hasRoles: false,
    hasCitations: true,
  },
  {
    slug: 'places',
    typeName: 'Place',
    label: 'place',
    payloadField: 'place',
    list: PLACE_LIST,
    filterType: 'PlaceFilter',
    fields: [
      text('name'),
      text('countryCode'),
      text('region'),
      text('city'),
      float('latitude'),
      float('longitude'),
      text('geoPrecision'),
      text('geonamesId'),
      text('wikidataId'),
    ],
    hasRoles: false,
    hasCitations: true,
  },
  {
    slug: 'sources',
    typeName: 'Source',
    label: 'source',
    payloadField: 'source',
    list: SOURCE_LIST,
    filterType: 'SourceFilter',
    fields: [
      text('publisher'),
      text('title'),
      text('url'),
      date('published'),
      text('kind'),
      text('language'),
      text('description'),
    ],
    hasRoles: false,
    hasCitations: false,
  },
  {
    slug: 'plots',
    typeName: 'Plot',
    label: 'plot',
    payloadField: 'plot',
    list: PLOT_LIST,
    filterType: 'PlotFilter',
    fields: [
      text('name'),
      text('codename'),
      text('summary'),
      text('status'),
      date('period'),
      list('targetKinds'),
      list('targetCountries'),
      date('disclosed'),
      int('aggregateCount'),
      text('confidence'),
    ],
    roleColumns: {
      sponsors: 'SPONSOR',
      organisers: 'ORGANISER',
      coordinators: 'COORDINATOR',
      perpetrators: 'PERPETRATOR',
      targets: 'TARGET',
    },
    hasRoles: true,
    hasCitations: true,
  },
  {
    slug: 'incidents',
    typeName: 'Incident',
    label: 'incident',
    payloadField: 'incident',
    list: INCIDENT_LIST,
    filterType: 'IncidentFilter',
    fields: [
      text('title'),
      text('type'),
      text('outcome'),
      date('date'),
      ref('place', 'Place'),
      ref('plot', 'Plot'),
      int('killed'),
      int('injured'),
      text('description'),
      text('confidence'),
    ],
    roleColumns: {
      sponsors: 'SPONSOR',
      organisers: 'ORGANISER',
      perpetrators: 'PERPETRATOR',
      targets: 'TARGET',
      victims: 'VICTIM',
    },
    hasRoles: true,
    hasCitations: true,
  },
  {
    slug: 'arrests',
    typeName: 'Arrest',
    label: 'arrest',
    payloadField: 'arrest',
    list: ARREST_LIST,
    filterType: 'ArrestFilter',
    fields: [
      date('date'),
      ref('place', 'Place'),
      list('charges'),
      text('custodyOutcome'),
      ref('plot', 'Plot'),
      ref('incident', 'Incident'),
      text('description'),
      text('confidence'),
    ],
    roleColumns: {
      arrestedPersons: 'ARRESTED_PERSON',
      arrestingAuthorities: 'ARRESTING_AUTHORITY',
      sponsors: 'SPONSOR',
    },
    hasRoles: true,
    hasCitations: true,
  },
  {
    slug: 'sentences',
    typeName: 'Sentence',
    label: 'sentence',
    payloadField: 'sentence',
    list: SENTENCE_LIST,
    filterType: 'SentenceFilter',
    fields: [
      date('date'),
      text('jurisdiction'),
      list('charges'),
      text('termKind'),
      int('termMonths'),
      int('termMonthsMax'),
      float('fineAmount'),
      text('fineCurrency'),
      text('status'),
      date('released'),
      {
        name: 'releasedEarly',
        kind: 'boolean',
        exportOnly: true,
        // As toSentence derives it.
        exportSql: (alias) =>
          `("${alias}"."releaseReason" IS NOT NULL AND "${alias}"."releaseReason" <> '${ReleaseReason.TERM_SERVED}')`,
      },
      text('releaseReason'),
      text('releaseNote'),
      ref('arrest', 'Arrest'),
      ref('plot', 'Plot'),
      text('description'),
      text('confidence'),
    ],
    roleColumns: { defendants: 'DEFENDANT', courts: 'COURT' },
    hasRoles: true,
    hasCitations: true,
  },
  {
    slug: 'sanctions',
    typeName: 'Sanction',
    label: 'sanction',
    payloadField: 'sanction',
    list: SANCTION_LIST,
    filterType: 'SanctionFilter',
    fields: [
      text('title'),
      text('regime'),
      text('legalReference'),
      list('measures'),
      text('reason'),
      date('imposed'),
      date('lifted'),
      text('status'),
      ref('plot', 'Plot'),
      ref('weaponsTransfer', 'WeaponsTransfer'),
      text('description'),
      text('confidence'),
    ],
    roleColumns: {
      imposingAuthorities: 'IMPOSING_AUTHORITY',
      sanctionedParties: 'SANCTIONED_PARTY',
    },
    hasRoles: true,
    hasCitations: true,
  },
  {
    slug: 'weapons-transfers',
    typeName: 'WeaponsTransfer',
    label: 'weapons transfer',
    payloadField: 'weaponsTransfer',
    list: WEAPONS_TRANSFER_LIST,
    filterType: 'WeaponsTransferFilter',
    fields: [
      text('weaponSystem'),
      text('category'),
      int('quantityLow'),
      int('quantityHigh'),
      text('quantityText'),
      text('status'),
      date('reported'),
      date('delivery'),
      text('purpose'),
      text('relatedActivity'),
      text('description'),
      text('confidence'),
    ],
    roleColumns: { suppliers: 'SUPPLIER', recipients: 'RECIPIENT', trainers: 'TRAINER' },
    hasRoles: true,
    hasCitations: true,
  },
]);

/** The table of a URL slug or a --kind option: "incidents", "incident", "weapons-transfer"... */
export function recordTable(name: string): RecordTable | undefined {
  const wanted = name.toLowerCase();
  return recordTables().find(
    (table) =>
      table.slug === wanted ||
      table.slug === `${wanted}s` ||
      table.typeName.toLowerCase() === wanted.replace(/[-_]/g, ''),
  );
}

/** Dependencies first: an import of everything in this order resolves every reference. */
export const IMPORT_ORDER = [
  'sources',
  'places',
  'actors',
  'plots',
  'weapons-transfers',
  'incidents',
  'arrests',
  'sentences',
  'sanctions',
];
