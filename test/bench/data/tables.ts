import { arrayLiteral, type Cell } from './copy';
import { Random, Zipf } from './random';
import {
  ActorLayout,
  eventYear,
  fuzzyDate,
  id,
  placeName,
  recordedAt,
  sentence,
  type Counts,
} from './shape';
import {
  CHARGES,
  COUNTRIES,
  INCIDENT_TYPE_WEIGHTS,
  PUBLISHERS,
  REGIMES,
  TARGET_WORDS,
  WEAPON_SYSTEMS,
  WORDS,
} from './vocabulary';

/** One table to load: its columns and a row maker (a row maker may return several rows). */
export interface TablePlan {
  table: string;
  columns: string[];
  count: number;
  row: (index: number) => Cell[] | Cell[][];
}

const RECORD_COLUMNS = ['id', 'externalId', 'createdAt', 'updatedAt'];
const fuzzyColumns = (prefix: string) =>
  ['Start', 'StartPrecision', 'End', 'EndPrecision', 'Latest'].map((part) => prefix + part);

const CONFIDENCE = [
  'REPORTED',
  'ALLEGED',
  'CONFIRMED',
  'CHARGED',
  'CONVICTED',
  'DISPUTED',
  'DENIED',
];
const OUTCOMES = ['COMPLETED', 'ATTEMPTED', 'FOILED', 'UNKNOWN'];
const TARGET_KINDS = [
  'DISSIDENTS',
  'JOURNALISTS',
  'JEWISH_COMMUNITY',
  'ISRAELI_NATIONALS',
  'POLITICIANS',
  'DIPLOMATS',
  'GOVERNMENT',
  'MILITARY',
  'CIVILIANS',
  'BUSINESSES',
  'OPPOSITION_GATHERING',
  'ISRAELI_BUSINESSES',
  'OTHER',
];

/**
 * Facts shared between tables (which place and plot each incident has, where each arrest
 * happened), kept in typed arrays so that a million incidents cost a few megabytes.
 */
export class Dataset {
  readonly actors: ActorLayout;
  readonly placeCountry: Uint8Array;
  readonly incidentPlace: Int32Array;
  readonly incidentPlot: Int32Array;
  readonly arrestPlot: Int32Array;
  readonly arrestCountry: Uint8Array;
  readonly words = new Zipf(WORDS.length, 1.05);
  readonly countryZipf = new Zipf(COUNTRIES.length, 1.1);
  readonly typeZipf = new Zipf(INCIDENT_TYPE_WEIGHTS.length, 1);
  readonly publisherZipf = new Zipf(PUBLISHERS.length, 1);
  private readonly placesByCountry: number[][] = COUNTRIES.map(() => []);

  constructor(
    readonly counts: Counts,
    readonly seed: number,
  ) {
    this.actors = new ActorLayout(counts.actors);
    this.placeCountry = new Uint8Array(counts.places);
    const random = this.random(100);
    for (let place = 0; place < counts.places; place += 1) {
      // Every country has a place; the rest follow the skew of events.
      const country = place < COUNTRIES.length ? place : this.countryZipf.draw(random);
      this.placeCountry[place] = country;
      this.placesByCountry[country].push(place);
    }
    this.incidentPlace = new Int32Array(counts.incidents);
    this.incidentPlot = new Int32Array(counts.incidents);
    for (let incident = 0; incident < counts.incidents; incident += 1) {
      const country = this.countryZipf.draw(random);
      const places = this.placesByCountry[country];
      this.incidentPlace[incident] = random.chance(0.97)
        ? places[random.skewed(places.length, 2)]
        : -1;
      // A tenth of the incidents belong to a plot; a few plots group many incidents.
      this.incidentPlot[incident] = random.chance(0.1) ? random.skewed(counts.plots, 1.6) : -1;
    }
    this.arrestPlot = new Int32Array(counts.arrests);
    this.arrestCountry = new Uint8Array(counts.arrests);
  }

  random(salt: number): Random {
    return new Random((this.seed * 7919 + salt * 104729) >>> 0);
  }

  countryOfIncident(incident: number): number {
    const place = this.incidentPlace[incident];
    return place >= 0 ? this.placeCountry[place] : 0;
  }
}

const ref = (table: Parameters<typeof id>[0], index: number): string | null =>
  index >= 0 ? id(table, index) : null;

export function placesTable(data: Dataset): TablePlan {
  const random = data.random(1);
  return {
    table: 'places',
    columns: [
      ...RECORD_COLUMNS,
      'name',
      'countryCode',
      'region',
      'city',
      'latitude',
      'longitude',
      'geoPrecision',
    ],
    count: data.counts.places,
    row: (index) => {
      const [code, country] = COUNTRIES[data.placeCountry[index]];
      const name = placeName(random);
      const at = recordedAt(random);
      return [
        id('places', index),
        `bench-place-${index}`,
        at,
        at,
        `${name}, ${country}`,
        code,
        `${placeName(random)} Province`,
        name,
        Math.round((random.next() * 140 - 60) * 1e4) / 1e4,
        Math.round((random.next() * 340 - 170) * 1e4) / 1e4,
        random.pick(['EXACT_SITE', 'CITY', 'CITY', 'REGION']),
      ];
    },
  };
}

export function actorsTable(data: Dataset): TablePlan {
  const random = data.random(2);
  const layout = data.actors;
  return {
    table: 'actors',
    columns: [
      ...RECORD_COLUMNS,
      'kind',
      'name',
      'aliases',
      'countryCode',
      'ageReported',
      'description',
    ],
    count: data.counts.actors,
    row: (index) => {
      const kind = layout.kindOf(index);
      const at = recordedAt(random);
      let name: string;
      let country: number | null;
      if (kind === 'STATE') {
        name = COUNTRIES[index][1];
        country = index;
      } else if (kind === 'STATE_AGENCY') {
        name = layout.agencyName(index - layout.states);
        country = layout.agencyCountry(index - layout.states);
      } else if (kind === 'PERSON') {
        name = layout.personName(random);
        country = data.countryZipf.draw(random);
      } else {
        name = layout.groupName(random, index - layout.states - layout.agencies);
        country = random.chance(0.5) ? data.countryZipf.draw(random) : null;
      }
      const aliases =
        kind === 'PERSON' && random.chance(0.2)
          ? [`${name.split(' ')[0].charAt(0)}. ${name.split(' ').slice(1).join(' ')}`]
          : [];
      return [
        id('actors', index),
        `bench-actor-${index}`,
        at,
        at,
        kind,
        name,
        arrayLiteral(aliases),
        country === null ? null : COUNTRIES[country][0],
        kind === 'PERSON' && random.chance(0.3) ? random.between(18, 70) : null,
        random.chance(0.5) ? sentence(random, data.words, 6, 20) : null,
      ];
    },
  };
}

export function sourcesTable(data: Dataset): TablePlan {
  const random = data.random(3);
  return {
    table: 'sources',
    columns: [
      ...RECORD_COLUMNS,
      'publisher',
      'title',
      'url',
      'kind',
      'language',
      ...fuzzyColumns('published'),
    ],
    count: data.counts.sources,
    row: (index) => {
      const at = recordedAt(random);
      const year = eventYear(random);
      const date = fuzzyDate(random, year);
      return [
        id('sources', index),
        `bench-source-${index}`,
        at,
        at,
        PUBLISHERS[data.publisherZipf.draw(random)],
        sentence(random, data.words, 5, 12),
        `https://source-${index}.example.org/${year}/${index}`,
        random.pick([
          'NEWS_REPORT',
          'NEWS_REPORT',
          'NEWS_REPORT',
          'COURT_DOCUMENT',
          'GOVERNMENT_STATEMENT',
          'NGO_REPORT',
        ]),
        random.pick(['en', 'en', 'en', 'fr', 'de', 'ar', 'fa', 'ru', 'nl']),
        date[0] ? date[0] : `${year}-01-01`,
        date[1] ?? 'YEAR',
        null,
        null,
        date[4] ?? `${year}-12-31`,
      ];
    },
  };
}

export function plotsTable(data: Dataset): TablePlan {
  const random = data.random(4);
  return {
    table: 'plots',
    columns: [
      ...RECORD_COLUMNS,
      'name',
      'codename',
      'summary',
      'status',
      'targetKinds',
      'targetCountries',
      'confidence',
      ...fuzzyColumns('period'),
    ],
    count: data.counts.plots,
    row: (index) => {
      const at = recordedAt(random);
      const country = COUNTRIES[data.countryZipf.draw(random)];
      const target = random.pick(TARGET_WORDS);
      const kinds = [...new Set([random.pick(TARGET_KINDS), random.pick(TARGET_KINDS)])];
      const countries = [...new Set([country[0], COUNTRIES[data.countryZipf.draw(random)][0]])];
      return [
        id('plots', index),
        `bench-plot-${index}`,
        at,
        at,
        `${country[1]} ${target} plot ${index}`,
        random.chance(0.3) ? `Operation ${WORDS[random.int(WORDS.length)]} ${index}` : null,
        sentence(random, data.words, 15, 40),
        random.pick(['FOILED', 'FOILED', 'EXECUTED', 'PARTIALLY_EXECUTED', 'PLANNED', 'UNKNOWN']),
        arrayLiteral(kinds),
        arrayLiteral(countries),
        random.pick(CONFIDENCE),
        ...fuzzyDate(random, eventYear(random)),
      ];
    },
  };
}

export function incidentsTable(data: Dataset): TablePlan {
  const random = data.random(5);
  return {
    table: 'incidents',
    columns: [
      ...RECORD_COLUMNS,
      'title',
      'type',
      'outcome',
      'placeId',
      'plotId',
      'killed',
      'injured',
      'description',
      'confidence',
      ...fuzzyColumns('date'),
    ],
    count: data.counts.incidents,
    row: (index) => {
      const at = recordedAt(random);
      const [type, label] = INCIDENT_TYPE_WEIGHTS[data.typeZipf.draw(random)];
      const country = COUNTRIES[data.countryOfIncident(index)][1];
      const violent = type === 'SHOOTING' || type === 'BOMBING' || type === 'ASSASSINATION';
      return [
        id('incidents', index),
        `bench-incident-${index}`,
        at,
        at,
        `${label} targeting ${random.pick(TARGET_WORDS)} in ${country}`,
        type,
        random.pick(OUTCOMES),
        ref('places', data.incidentPlace[index]),
        ref('plots', data.incidentPlot[index]),
        violent && random.chance(0.7) ? random.skewed(50, 3) : null,
        violent && random.chance(0.6) ? random.skewed(200, 3) : null,
        sentence(random, data.words, 12, 40),
        random.pick(CONFIDENCE),
        ...fuzzyDate(random, eventYear(random)),
      ];
    },
  };
}

export function arrestsTable(data: Dataset): TablePlan {
  const random = data.random(6);
  return {
    table: 'arrests',
    columns: [
      ...RECORD_COLUMNS,
      ...fuzzyColumns('date'),
      'placeId',
      'charges',
      'custodyOutcome',
      'plotId',
      'incidentId',
      'description',
      'confidence',
    ],
    count: data.counts.arrests,
    row: (index) => {
      const at = recordedAt(random);
      const incident = random.chance(0.6) ? random.int(data.counts.incidents) : -1;
      const plot =
        incident >= 0
          ? data.incidentPlot[incident]
          : random.chance(0.3)
            ? random.skewed(data.counts.plots, 1.6)
            : -1;
      const place = incident >= 0 ? data.incidentPlace[incident] : random.int(data.counts.places);
      data.arrestPlot[index] = plot;
      data.arrestCountry[index] = place >= 0 ? data.placeCountry[place] : 0;
      return [
        id('arrests', index),
        `bench-arrest-${index}`,
        at,
        at,
        ...fuzzyDate(random, eventYear(random)),
        ref('places', place),
        arrayLiteral([random.pick(CHARGES), random.pick(CHARGES)]),
        random.pick([
          'DETAINED_PENDING_TRIAL',
          'CHARGED_AND_RELEASED',
          'RELEASED',
          'CONVICTED',
          'EXTRADITED',
          'UNKNOWN',
        ]),
        ref('plots', plot),
        ref('incidents', incident),
        sentence(random, data.words, 8, 25),
        random.pick(CONFIDENCE),
      ];
    },
  };
}

export function sentencesTable(data: Dataset): TablePlan {
  const random = data.random(7);
  return {
    table: 'sentences',
    columns: [
      ...RECORD_COLUMNS,
      ...fuzzyColumns('date'),
      'jurisdiction',
      'charges',
      'termKind',
      'termMonths',
      'termMonthsMax',
      'status',
      'arrestId',
      'plotId',
      'description',
      'confidence',
    ],
    count: data.counts.sentences,
    row: (index) => {
      const at = recordedAt(random);
      const arrest = random.chance(0.9) ? random.int(data.counts.arrests) : -1;
      const termKind = random.pick(['PRISON', 'PRISON', 'PRISON', 'LIFE', 'SUSPENDED', 'FINE']);
      const months = termKind === 'PRISON' ? random.between(6, 360) : null;
      return [
        id('sentences', index),
        `bench-sentence-${index}`,
        at,
        at,
        ...fuzzyDate(random, eventYear(random)),
        COUNTRIES[arrest >= 0 ? data.arrestCountry[arrest] : data.countryZipf.draw(random)][0],
        arrayLiteral([random.pick(CHARGES)]),
        termKind,
        months,
        months !== null && random.chance(0.1) ? months + 12 : null,
        random.pick(['FIRST_INSTANCE', 'ON_APPEAL', 'FINAL', 'FINAL', 'OVERTURNED', 'UNKNOWN']),
        ref('arrests', arrest),
        ref('plots', arrest >= 0 ? data.arrestPlot[arrest] : -1),
        sentence(random, data.words, 8, 25),
        random.pick(CONFIDENCE),
      ];
    },
  };
}

export function weaponsTransfersTable(data: Dataset): TablePlan {
  const random = data.random(8);
  return {
    table: 'weapons_transfers',
    columns: [
      ...RECORD_COLUMNS,
      'weaponSystem',
      'category',
      'quantityLow',
      'quantityHigh',
      'status',
      ...fuzzyColumns('reported'),
      'purpose',
      'confidence',
    ],
    count: data.counts.weaponsTransfers,
    row: (index) => {
      const at = recordedAt(random);
      const low = random.chance(0.6) ? random.between(1, 500) : null;
      return [
        id('weaponsTransfers', index),
        `bench-transfer-${index}`,
        at,
        at,
        random.pick(WEAPON_SYSTEMS),
        random.pick([
          'DRONE',
          'BALLISTIC_MISSILE',
          'CRUISE_MISSILE',
          'AMMUNITION',
          'SMALL_ARMS',
          'AIR_DEFENCE',
          'ARTILLERY',
        ]),
        low,
        low !== null && random.chance(0.5) ? low * 2 : null,
        random.pick(['REPORTED', 'REPORTED', 'DELIVERED', 'CONFIRMED', 'DENIED', 'PLANNED']),
        ...fuzzyDate(random, eventYear(random)),
        sentence(random, data.words, 6, 18),
        random.pick(CONFIDENCE),
      ];
    },
  };
}

export function sanctionsTable(data: Dataset): TablePlan {
  const random = data.random(9);
  return {
    table: 'sanctions',
    columns: [
      ...RECORD_COLUMNS,
      'title',
      'regime',
      'measures',
      'reason',
      'status',
      'plotId',
      'weaponsTransferId',
      'confidence',
      ...fuzzyColumns('imposed'),
    ],
    count: data.counts.sanctions,
    row: (index) => {
      const at = recordedAt(random);
      const regime = random.pick(REGIMES);
      return [
        id('sanctions', index),
        `bench-sanction-${index}`,
        at,
        at,
        `${regime}: designation ${index}`,
        regime,
        arrayLiteral([
          ...new Set([
            random.pick(['ASSET_FREEZE', 'TRAVEL_BAN', 'FINANCIAL_RESTRICTIONS']),
            random.pick(['ASSET_FREEZE', 'ARMS_EMBARGO', 'EXPORT_BAN']),
          ]),
        ]),
        sentence(random, data.words, 8, 20),
        random.pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'LIFTED', 'EXPIRED', 'PROPOSED']),
        ref('plots', random.chance(0.3) ? random.skewed(data.counts.plots, 1.6) : -1),
        ref('weaponsTransfers', random.chance(0.2) ? random.int(data.counts.weaponsTransfers) : -1),
        random.pick(CONFIDENCE),
        ...fuzzyDate(random, eventYear(random)),
      ];
    },
  };
}

type SubjectKind =
  | 'actors'
  | 'places'
  | 'plots'
  | 'incidents'
  | 'arrests'
  | 'sentences'
  | 'sanctions'
  | 'weaponsTransfers';

const CITATION_ARCS: SubjectKind[] = [
  'actors',
  'places',
  'plots',
  'incidents',
  'arrests',
  'sentences',
  'sanctions',
  'weaponsTransfers',
];

/** Every record of every citable kind cites 2 or 3 distinct sources, popular sources more often. */
export function citationsTable(data: Dataset): TablePlan {
  const random = data.random(10);
  const subjects = CITATION_ARCS.map((kind) => ({ kind, count: data.counts[kind] }));
  const offsets: number[] = [];
  let total = 0;
  for (const subject of subjects) {
    offsets.push(total);
    total += subject.count;
  }
  let sequence = 0;
  return {
    table: 'citations',
    columns: [
      'id',
      'sourceId',
      'stance',
      'excerpt',
      'createdAt',
      'updatedAt',
      'actorId',
      'placeId',
      'plotId',
      'incidentId',
      'arrestId',
      'sentenceId',
      'sanctionId',
      'weaponsTransferId',
    ],
    count: total,
    row: (index) => {
      let arc = subjects.length - 1;
      while (offsets[arc] > index) {
        arc -= 1;
      }
      const subjectId = id(subjects[arc].kind, index - offsets[arc]);
      const howMany = random.chance(0.5) ? 2 : 3;
      const used = new Set<number>();
      const rows: Cell[][] = [];
      for (let n = 0; n < howMany; n += 1) {
        let source = random.skewed(data.counts.sources, 1.5);
        while (used.has(source)) {
          source = random.int(data.counts.sources);
        }
        used.add(source);
        const at = recordedAt(random);
        const arcs: Cell[] = CITATION_ARCS.map((_, position) =>
          position === arc ? subjectId : null,
        );
        rows.push([
          id('citations', sequence++),
          id('sources', source),
          random.chance(0.9) ? 'REPORTS' : random.pick(['CONFIRMS', 'DENIES', 'DISPUTES']),
          random.chance(0.3) ? sentence(random, data.words, 8, 20) : null,
          at,
          at,
          ...arcs,
        ]);
      }
      return rows;
    },
  };
}

type RoleKind = 'plots' | 'incidents' | 'arrests' | 'sentences' | 'sanctions' | 'weaponsTransfers';

const ROLE_ARCS: RoleKind[] = [
  'plots',
  'incidents',
  'arrests',
  'sentences',
  'sanctions',
  'weaponsTransfers',
];

/** Each event record has 2 or 3 actors in the roles its kind has (sponsor, perpetrator, court...). */
export function actorRolesTable(data: Dataset): TablePlan {
  const random = data.random(11);
  const actors = data.actors;
  const subjects = ROLE_ARCS.map((kind) => ({ kind, count: data.counts[kind] }));
  const offsets: number[] = [];
  let total = 0;
  for (const subject of subjects) {
    offsets.push(total);
    total += subject.count;
  }
  let sequence = 0;

  const rolesFor = (kind: RoleKind, record: number): [string, number][] => {
    const country =
      kind === 'incidents'
        ? data.countryOfIncident(record)
        : kind === 'arrests' || kind === 'sentences'
          ? data.arrestCountry[Math.min(record, data.counts.arrests - 1)]
          : data.countryZipf.draw(random);
    const third = random.chance(0.5);
    switch (kind) {
      case 'incidents': {
        const roles: [string, number][] = [['PERPETRATOR', actors.perpetrator(random)]];
        // The Levant and Ukraine see more sponsored incidents than elsewhere.
        const sponsored = ['SY', 'IQ', 'LB', 'UA', 'YE'].includes(COUNTRIES[country][0])
          ? 0.75
          : 0.55;
        if (random.chance(sponsored)) {
          roles.push(['SPONSOR', actors.sponsor(random, country)]);
        }
        while (roles.length < 2 || (third && roles.length < 3)) {
          roles.push([random.chance(0.5) ? 'TARGET' : 'VICTIM', actors.person(random)]);
        }
        return roles;
      }
      case 'plots':
        return [
          ['SPONSOR', actors.sponsor(random, country)],
          ['ORGANISER', actors.person(random)],
          ...(third ? [['COORDINATOR', actors.group(random)] as [string, number]] : []),
        ];
      case 'arrests':
        return [
          ['ARRESTED_PERSON', actors.person(random)],
          ['ARRESTING_AUTHORITY', actors.authority(random, country)],
          ...(third ? [['ARRESTED_PERSON', actors.person(random)] as [string, number]] : []),
        ];
      case 'sentences':
        return [
          ['DEFENDANT', actors.person(random)],
          ['COURT', actors.authority(random, country)],
          ...(third
            ? [['INVESTIGATING_AUTHORITY', actors.authority(random, country)] as [string, number]]
            : []),
        ];
      case 'sanctions':
        return [
          ['IMPOSING_AUTHORITY', actors.authority(random, country)],
          [
            'SANCTIONED_PARTY',
            random.chance(0.5) ? actors.person(random) : actors.sponsor(random, country),
          ],
          ...(third ? [['SANCTIONED_PARTY', actors.group(random)] as [string, number]] : []),
        ];
      case 'weaponsTransfers':
        return [
          ['SUPPLIER', actors.sponsor(random, country)],
          [
            'RECIPIENT',
            random.chance(0.5) ? actors.group(random) : actors.sponsor(random, country),
          ],
          ...(third ? [['INTERMEDIARY', actors.person(random)] as [string, number]] : []),
        ];
    }
  };

  return {
    table: 'actor_roles',
    columns: [
      'id',
      'actorId',
      'role',
      'createdAt',
      'plotId',
      'incidentId',
      'arrestId',
      'sentenceId',
      'sanctionId',
      'weaponsTransferId',
    ],
    count: total,
    row: (index) => {
      let arc = subjects.length - 1;
      while (offsets[arc] > index) {
        arc -= 1;
      }
      const record = index - offsets[arc];
      const subjectId = id(subjects[arc].kind, record);
      const at = recordedAt(random);
      const seen = new Set<string>();
      const rows: Cell[][] = [];
      for (const [role, actor] of rolesFor(subjects[arc].kind, record)) {
        // The same actor twice in the same role would be one fact recorded twice.
        if (seen.has(`${role}:${actor}`)) {
          continue;
        }
        seen.add(`${role}:${actor}`);
        rows.push([
          id('actorRoles', sequence++),
          id('actors', actor),
          role,
          at,
          ...ROLE_ARCS.map((_, position) => (position === arc ? subjectId : null)),
        ]);
      }
      return rows;
    },
  };
}
