import { type Random, uuidOf, Zipf } from './random';
import {
  AGENCY_KINDS,
  COUNTRIES,
  FIRST_NAMES,
  GROUP_WORDS,
  LAST_NAMES,
  PLACE_SYLLABLES,
  SPONSOR_STATES,
  WORDS,
} from './vocabulary';

/** How many rows of each kind a dataset of `incidents` incidents has (the proportions at 1M). */
export function countsFor(incidents: number) {
  return {
    incidents,
    places: Math.max(COUNTRIES.length * 2, Math.round(incidents * 0.02)),
    actors: Math.max(2000, Math.round(incidents * 0.1)),
    sources: Math.max(1000, Math.round(incidents * 0.3)),
    plots: Math.max(100, Math.round(incidents * 0.05)),
    arrests: Math.round(incidents * 0.2),
    sentences: Math.round(incidents * 0.08),
    sanctions: Math.round(incidents * 0.03),
    weaponsTransfers: Math.round(incidents * 0.02),
  };
}

export type Counts = ReturnType<typeof countsFor>;

/** Salts that make each table's ids distinct (see uuidOf). */
export const SALT = {
  actors: 1,
  places: 2,
  sources: 3,
  plots: 4,
  incidents: 5,
  arrests: 6,
  sentences: 7,
  sanctions: 8,
  weaponsTransfers: 9,
  citations: 10,
  actorRoles: 11,
} as const;

export const id = (table: keyof typeof SALT, index: number) => uuidOf(SALT[table], index);

const FIRST_YEAR = 1970;
const LAST_YEAR = 2026;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (value: number) => (value < 10 ? `0${value}` : String(value));

function monthLength(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
    ? 29
    : DAYS_IN_MONTH[month - 1];
}

/** [start, startPrecision, end, endPrecision, latest] as stored (see shared/fuzzy-date). */
export type FuzzyCells = [
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

/**
 * An uncertain date in `year` with the mix of precisions reported events have: mostly to the
 * day, some to the month or year, a few ranges and open-ended "since ..." dates, a few unknown.
 */
export function fuzzyDate(random: Random, year: number): FuzzyCells {
  const roll = random.next();
  const month = random.between(1, 12);
  if (roll < 0.01) {
    return [null, null, null, null, null];
  }
  if (roll < 0.73) {
    const day = `${year}-${pad(month)}-${pad(random.between(1, monthLength(year, month)))}`;
    return [day, 'DAY', null, null, day];
  }
  if (roll < 0.89) {
    return [
      `${year}-${pad(month)}-01`,
      'MONTH',
      null,
      null,
      `${year}-${pad(month)}-${pad(monthLength(year, month))}`,
    ];
  }
  if (roll < 0.96) {
    return [`${year}-01-01`, 'YEAR', null, null, `${year}-12-31`];
  }
  if (roll < 0.99) {
    // A range of months, possibly into the next year.
    const endMonthIndex = month + random.between(1, 6);
    const endYear = Math.min(LAST_YEAR, year + Math.floor((endMonthIndex - 1) / 12));
    const endMonth = ((endMonthIndex - 1) % 12) + 1;
    return [
      `${year}-${pad(month)}-01`,
      'MONTH',
      `${endYear}-${pad(endMonth)}-01`,
      'MONTH',
      `${endYear}-${pad(endMonth)}-${pad(monthLength(endYear, endMonth))}`,
    ];
  }
  return [`${year}-01-01`, 'YEAR', null, null, null];
}

/** A year between 1970 and 2026, recent years far more often (event data grows over time). */
export function eventYear(random: Random): number {
  return LAST_YEAR - random.skewed(LAST_YEAR - FIRST_YEAR + 1, 2);
}

const EPOCH_2020 = Date.UTC(2020, 0, 1);
const SIX_YEARS_MS = 6 * 365 * 24 * 3600 * 1000;

/** When the record was entered: some time in 2020–2025. */
export function recordedAt(random: Random): string {
  return new Date(EPOCH_2020 + Math.floor(random.next() * SIX_YEARS_MS)).toISOString();
}

export function sentence(random: Random, words: Zipf, low: number, high: number): string {
  const length = random.between(low, high);
  let text = '';
  for (let index = 0; index < length; index += 1) {
    text += (index === 0 ? '' : ' ') + WORDS[words.draw(random)];
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function placeName(random: Random): string {
  const parts = random.between(2, 3);
  let name = '';
  for (let index = 0; index < parts; index += 1) {
    name += PLACE_SYLLABLES[random.int(PLACE_SYLLABLES.length)];
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// Who sponsors events in a country: Iran in the Levant and the Gulf, Russia in Ukraine and
// Europe's east... Elsewhere the sponsor is drawn from the general, Zipf-skewed list.
const REGIONAL_SPONSOR: Record<string, string> = {
  SY: 'IR',
  IQ: 'IR',
  LB: 'IR',
  YE: 'IR',
  IL: 'IR',
  PS: 'IR',
  BH: 'IR',
  SA: 'IR',
  AE: 'IR',
  UA: 'RU',
  GE: 'RU',
  MD: 'RU',
  BY: 'RU',
  LT: 'RU',
  LV: 'RU',
  EE: 'RU',
  PL: 'RU',
  KR: 'KP',
  JP: 'KP',
  TW: 'CN',
};

/**
 * The layout of the actor table: one state per country, then state agencies, armed groups and
 * people, with helpers that draw actors the way events involve them.
 */
export class ActorLayout {
  readonly states = COUNTRIES.length;
  readonly agencies: number;
  readonly groups: number;
  readonly persons: number;
  private readonly agenciesByCountry = new Map<number, number[]>();
  private readonly sponsorZipf = new Zipf(SPONSOR_STATES.length, 1.3);
  private readonly countryIndex = new Map(COUNTRIES.map(([code], index) => [code, index]));

  constructor(readonly total: number) {
    this.agencies = Math.min(1000, Math.round(total * 0.01));
    this.groups = Math.round(total * 0.03);
    this.persons = total - this.states - this.agencies - this.groups;
    for (let index = 0; index < this.agencies; index += 1) {
      const country = this.agencyCountry(index);
      const list = this.agenciesByCountry.get(country) ?? [];
      list.push(this.states + index);
      this.agenciesByCountry.set(country, list);
    }
  }

  /** Agencies belong mostly to the sponsoring states. */
  agencyCountry(agency: number): number {
    return agency % 3 === 2
      ? agency % COUNTRIES.length
      : this.countryIndex.get(SPONSOR_STATES[agency % SPONSOR_STATES.length])!;
  }

  agencyName(agency: number): string {
    return `${COUNTRIES[this.agencyCountry(agency)][1]} ${AGENCY_KINDS[Math.floor(agency / 3) % AGENCY_KINDS.length]}`;
  }

  kindOf(index: number): string {
    if (index < this.states) {
      return 'STATE';
    }
    if (index < this.states + this.agencies) {
      return 'STATE_AGENCY';
    }
    if (index < this.states + this.agencies + this.groups) {
      return index % 4 === 0 ? 'CRIMINAL_NETWORK' : 'TERRORIST_GROUP';
    }
    return 'PERSON';
  }

  groupName(random: Random, group: number): string {
    return `${LAST_NAMES[group % LAST_NAMES.length]} ${GROUP_WORDS[Math.floor(group / LAST_NAMES.length) % GROUP_WORDS.length]}`;
  }

  personName(random: Random): string {
    return `${FIRST_NAMES[random.skewed(FIRST_NAMES.length, 1.5)]} ${LAST_NAMES[random.skewed(LAST_NAMES.length, 1.5)]}`;
  }

  /** A sponsor for an event in country `country` (index into COUNTRIES): a state or one of its agencies. */
  sponsor(random: Random, country: number): number {
    const regional = REGIONAL_SPONSOR[COUNTRIES[country][0]];
    const code =
      regional && random.chance(0.7) ? regional : SPONSOR_STATES[this.sponsorZipf.draw(random)];
    const state = this.countryIndex.get(code)!;
    const agencies = this.agenciesByCountry.get(state);
    return agencies && random.chance(0.25) ? random.pick(agencies) : state;
  }

  /** Someone who carries things out: a person (some far more active than others) or a group. */
  perpetrator(random: Random): number {
    return random.chance(0.7) ? this.person(random) : this.group(random);
  }

  person(random: Random): number {
    return this.states + this.agencies + this.groups + random.skewed(this.persons, 2);
  }

  group(random: Random): number {
    return this.states + this.agencies + random.skewed(this.groups, 2);
  }

  /** An authority of country `country` (police, prosecutor, court...): its agency or the state. */
  authority(random: Random, country: number): number {
    const agencies = this.agenciesByCountry.get(country);
    return agencies && random.chance(0.6) ? random.pick(agencies) : country;
  }
}
