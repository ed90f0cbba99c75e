import { countStatements } from '../../src/db/query-counter';
import { IncidentType } from '../../src/modules/incident';
import { SanctionMeasure } from '../../src/modules/sanction';
import { ReleaseReason, TermKind } from '../../src/modules/sentence';
import { seedDatabase } from '../../src/seed/seed';
import {
  emptyFuzzyDateColumns,
  toFuzzyDateColumns,
  type FuzzyDateSpec,
} from '../../src/shared/fuzzy-date/fuzzy-date';
import { setUpReadTests, truncateAll } from '../helpers/api';
import { ActorRoleKind, toGlobalId } from '../helpers/factories';

const t = setUpReadTests();

const date = (spec: FuzzyDateSpec) => toFuzzyDateColumns(spec);

async function stats(document: string, variables: Record<string, unknown>): Promise<any> {
  const result = await t.api.query(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

async function incidentIn(year: string, countryCode: string | null, overrides = {}) {
  const place = countryCode ? await t.make.place({ countryCode }) : null;
  return t.make.incident({ date: date({ from: year }), placeId: place?.id ?? null, ...overrides });
}

describe('incidentStats', () => {
  it('counts incidents by year and country, sorted by the keys with nulls last', async () => {
    await incidentIn('2019', 'FR');
    await incidentIn('2019', 'FR');
    await incidentIn('2019', 'DE');
    await incidentIn('2020', 'FR');
    await incidentIn('2020', null);
    const data = await stats(INCIDENT_YEAR_COUNTRY, { groupBy: ['YEAR', 'COUNTRY'] });
    expect(data.incidentStats).toEqual([
      { year: 2019, country: 'DE', month: null, count: 1 },
      { year: 2019, country: 'FR', month: null, count: 2 },
      { year: 2020, country: 'FR', month: null, count: 1 },
      { year: 2020, country: null, month: null, count: 1 },
    ]);
  });

  it('buckets uncertain dates by their precision: a month only when the whole span lies in it, a year likewise', async () => {
    for (const spec of [
      { from: '2018' },
      { from: '2018-05' },
      { from: '2018-05-04' },
      { from: '2018-05-03', to: '2018-05-20' },
      { from: '2018-05', to: '2018-07' },
      { from: '2018-12', to: '2019-01' },
      { from: '2015', ongoing: true },
    ]) {
      await t.make.incident({ date: date(spec) });
    }
    await t.make.incident({ date: emptyFuzzyDateColumns() });
    const data = await stats(INCIDENT_YEAR_COUNTRY, { groupBy: ['YEAR', 'MONTH'] });
    expect(data.incidentStats).toEqual([
      { year: 2018, month: 5, country: null, count: 3 },
      { year: 2018, month: null, country: null, count: 2 },
      { year: null, month: null, country: null, count: 3 },
    ]);
  });

  it('sums reported deaths and injuries only, and counts how many incidents report them', async () => {
    await incidentIn('2017', 'NL', { killed: 2, injured: null });
    await incidentIn('2017', 'NL', { killed: 0, injured: 3 });
    await incidentIn('2017', 'NL', { killed: null, injured: null });
    await incidentIn('2018', 'NL', { killed: null, injured: null });
    const data = await stats(INCIDENT_SUMS, { groupBy: ['YEAR'] });
    expect(data.incidentStats).toEqual([
      { year: 2017, count: 3, killed: 2, killedReported: 2, injured: 3, injuredReported: 1 },
      { year: 2018, count: 1, killed: null, killedReported: 0, injured: null, injuredReported: 0 },
    ]);
  });

  it('combines the list filter with groupBy', async () => {
    await incidentIn('2015', 'NL', { type: IncidentType.ASSASSINATION, killed: 1 });
    await incidentIn('2017', 'NL', { type: IncidentType.ASSASSINATION, killed: 1 });
    await incidentIn('2017', 'NL', { type: IncidentType.BOMB_PLOT });
    const data = await stats(INCIDENT_SUMS, {
      groupBy: ['YEAR'],
      filter: { type: { eq: 'ASSASSINATION' } },
    });
    expect(data.incidentStats).toEqual([
      { year: 2015, count: 1, killed: 1, killedReported: 1, injured: null, injuredReported: 0 },
      { year: 2017, count: 1, killed: 1, killedReported: 1, injured: null, injuredReported: 0 },
    ]);
  });

  it("buckets by sponsor through roles: the incident's own, else its plot's; two sponsors count in both", async () => {
    const [alpha, beta, gamma] = [
      await t.make.actor({ name: 'Alpha' }),
      await t.make.actor({ name: 'Beta' }),
      await t.make.actor({ name: 'Gamma' }),
    ];
    const plot = await t.make.plot({ name: 'Sponsored by Beta' });
    await t.make.role({ actorId: beta.id, role: ActorRoleKind.SPONSOR, plotId: plot.id });
    const own = await t.make.incident({ plotId: plot.id });
    await t.make.role({ actorId: alpha.id, role: ActorRoleKind.SPONSOR, incidentId: own.id });
    await t.make.incident({ plotId: plot.id });
    const twoSponsors = await t.make.incident();
    await t.make.role({
      actorId: alpha.id,
      role: ActorRoleKind.SPONSOR,
      incidentId: twoSponsors.id,
    });
    await t.make.role({
      actorId: gamma.id,
      role: ActorRoleKind.SPONSOR,
      incidentId: twoSponsors.id,
    });
    const perpetratorOnly = await t.make.incident();
    await t.make.role({
      actorId: gamma.id,
      role: ActorRoleKind.PERPETRATOR,
      incidentId: perpetratorOnly.id,
    });
    const data = await stats(INCIDENT_SPONSOR_PLOT, { groupBy: ['SPONSOR', 'PLOT'] });
    expect(data.incidentStats).toEqual([
      { sponsor: { name: 'Alpha' }, plot: { name: 'Sponsored by Beta' }, count: 1 },
      { sponsor: { name: 'Alpha' }, plot: null, count: 1 },
      { sponsor: { name: 'Beta' }, plot: { name: 'Sponsored by Beta' }, count: 1 },
      { sponsor: { name: 'Gamma' }, plot: null, count: 1 },
      { sponsor: null, plot: null, count: 1 },
    ]);
  });

  it('loads sponsor buckets in one batch: as many statements for 20 sponsors as for 2', async () => {
    const withSponsors = async (count: number) => {
      await truncateAll(t.api.dataSource);
      for (let index = 0; index < count; index += 1) {
        const actor = await t.make.actor();
        const incident = await t.make.incident();
        await t.make.role({
          actorId: actor.id,
          role: ActorRoleKind.SPONSOR,
          incidentId: incident.id,
        });
      }
      return countStatements(() => t.api.query(INCIDENT_SPONSOR_PLOT, { groupBy: ['SPONSOR'] }));
    };
    const two = await withSponsors(2);
    const twenty = await withSponsors(20);
    expect(two.result.data?.incidentStats).toHaveLength(2);
    expect(twenty.result.data?.incidentStats).toHaveLength(20);
    expect(twenty.statements).toBe(two.statements);
  });

  it.each([
    [[], 'give 1 to 3 keys'],
    [['YEAR', 'MONTH', 'COUNTRY', 'TYPE'], 'give 1 to 3 keys'],
    [['YEAR', 'COUNTRY', 'YEAR'], 'YEAR is given twice'],
  ])('refuses groupBy %j as BAD_USER_INPUT', async (groupBy, message) => {
    const result = await t.api.query(INCIDENT_YEAR_COUNTRY, { groupBy });
    expect(result).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: `groupBy: ${message}`,
          extensions: { code: 'BAD_USER_INPUT', field: 'groupBy' },
        }),
      ],
    });
  });

  it('leaves soft-deleted incidents out', async () => {
    await incidentIn('2019', 'FR');
    const deleted = await incidentIn('2019', 'FR');
    await t.api.dataSource.query(`UPDATE incidents SET "deletedAt" = now() WHERE id = $1`, [
      deleted.id,
    ]);
    const data = await stats(INCIDENT_YEAR_COUNTRY, { groupBy: ['COUNTRY'] });
    expect(data.incidentStats).toEqual([{ year: null, month: null, country: 'FR', count: 1 }]);
  });
});

describe('plotStats', () => {
  it('counts a plot once in each of its target countries, and aggregate records as their count', async () => {
    await t.make.plot({ targetCountries: ['FR', 'DE'] });
    await t.make.plot({ targetCountries: ['FR'], aggregateCount: 20 });
    await t.make.plot({ targetCountries: [] });
    const data = await stats(PLOT_STATS, { groupBy: ['TARGET_COUNTRY'] });
    expect(data.plotStats).toEqual([
      { targetCountry: 'DE', year: null, count: 1, plotsRepresented: 1 },
      { targetCountry: 'FR', year: null, count: 2, plotsRepresented: 21 },
      { targetCountry: null, year: null, count: 1, plotsRepresented: 1 },
    ]);
  });

  it('buckets by the year the period began, even for ranges and open-ended periods', async () => {
    await t.make.plot({ period: date({ from: '2022', ongoing: true }) });
    await t.make.plot({ period: date({ from: '2022-03', to: '2024' }) });
    await t.make.plot({ period: date({ from: '2018-06-30' }) });
    const data = await stats(PLOT_STATS, { groupBy: ['YEAR'] });
    expect(data.plotStats).toEqual([
      { year: 2018, targetCountry: null, count: 1, plotsRepresented: 1 },
      { year: 2022, targetCountry: null, count: 2, plotsRepresented: 2 },
    ]);
  });
});

describe('sentenceStats', () => {
  it('sums and averages reported terms by jurisdiction', async () => {
    await t.make.sentence({ jurisdiction: 'BE', termMonths: 240 });
    await t.make.sentence({
      jurisdiction: 'BE',
      termMonths: 180,
      releaseReason: ReleaseReason.PRISONER_EXCHANGE,
    });
    await t.make.sentence({ jurisdiction: 'BE', termKind: TermKind.LIFE, termMonths: null });
    await t.make.sentence({ jurisdiction: 'FR', termMonths: 120 });
    const data = await stats(SENTENCE_STATS, { groupBy: ['JURISDICTION'] });
    expect(data.sentenceStats).toEqual([
      {
        jurisdiction: 'BE',
        releaseReason: null,
        count: 3,
        termMonths: 420,
        termMonthsAverage: 210,
        termMonthsReported: 2,
      },
      {
        jurisdiction: 'FR',
        releaseReason: null,
        count: 1,
        termMonths: 120,
        termMonthsAverage: 120,
        termMonthsReported: 1,
      },
    ]);
  });
});

describe('arrestStats, sanctionStats and weaponsTransferStats', () => {
  it('count arrests by year, month and country', async () => {
    const place = await t.make.place({ countryCode: 'FR' });
    await t.make.arrest({ date: date({ from: '2024-05-04' }), placeId: place.id });
    await t.make.arrest({ date: date({ from: '2024' }), placeId: place.id });
    const data = await stats(ARREST_STATS, { groupBy: ['YEAR', 'MONTH', 'COUNTRY'] });
    expect(data.arrestStats).toEqual([
      { year: 2024, month: 5, country: 'FR', count: 1 },
      { year: 2024, month: null, country: 'FR', count: 1 },
    ]);
  });

  it('count sanctions once per measure and imposing authority', async () => {
    const eu = await t.make.actor({ name: 'European Union' });
    const sanction = await t.make.sanction({
      imposed: date({ from: '2024-10-14' }),
      measures: [SanctionMeasure.ASSET_FREEZE, SanctionMeasure.TRAVEL_BAN],
    });
    await t.make.role({
      actorId: eu.id,
      role: ActorRoleKind.IMPOSING_AUTHORITY,
      sanctionId: sanction.id,
    });
    await t.make.sanction({ measures: [SanctionMeasure.ASSET_FREEZE] });
    const data = await stats(SANCTION_STATS, { groupBy: ['IMPOSING_AUTHORITY', 'MEASURE'] });
    expect(data.sanctionStats).toEqual([
      { imposingAuthority: { name: 'European Union' }, measure: 'ASSET_FREEZE', count: 1 },
      { imposingAuthority: { name: 'European Union' }, measure: 'TRAVEL_BAN', count: 1 },
      { imposingAuthority: null, measure: 'ASSET_FREEZE', count: 1 },
    ]);
  });

  it('sum transfer quantities by supplier and recipient', async () => {
    const [iran, russia] = [
      await t.make.actor({ name: 'Iran' }),
      await t.make.actor({ name: 'Russia' }),
    ];
    for (const quantity of [
      { quantityLow: 200, quantityHigh: 999 },
      { quantityLow: null, quantityHigh: null },
    ]) {
      const transfer = await t.make.weaponsTransfer(quantity);
      await t.make.role({
        actorId: iran.id,
        role: ActorRoleKind.SUPPLIER,
        weaponsTransferId: transfer.id,
      });
      await t.make.role({
        actorId: russia.id,
        role: ActorRoleKind.RECIPIENT,
        weaponsTransferId: transfer.id,
      });
    }
    const data = await stats(TRANSFER_STATS, { groupBy: ['SUPPLIER', 'RECIPIENT'] });
    expect(data.weaponsTransferStats).toEqual([
      {
        supplier: { id: toGlobalId('Actor', iran.id) },
        recipient: { id: toGlobalId('Actor', russia.id) },
        count: 2,
        quantityLow: 200,
        quantityHigh: 999,
        quantityLowReported: 1,
        quantityHighReported: 1,
      },
    ]);
  });
});

describe('stats on the seeded dataset', () => {
  it('shows the Dutch killings of 2015 and 2017 in their year and country', async () => {
    await seedDatabase(t.api.dataSource);
    const data = await stats(INCIDENT_KILLED, {
      groupBy: ['YEAR', 'COUNTRY'],
      filter: { place: { countryCode: { eq: 'NL' } } },
    });
    expect(data.incidentStats).toEqual([
      { year: 2015, country: 'NL', count: 1, killed: 1 },
      { year: 2017, country: 'NL', count: 1, killed: 1 },
    ]);
  });
});

const INCIDENT_YEAR_COUNTRY = `
  query ($groupBy: [IncidentStatsKey!]!) {
    incidentStats(groupBy: $groupBy) { year month country count }
  }
`;

const INCIDENT_SUMS = `
  query ($groupBy: [IncidentStatsKey!]!, $filter: IncidentFilter) {
    incidentStats(groupBy: $groupBy, filter: $filter) {
      year count killed killedReported injured injuredReported
    }
  }
`;

const INCIDENT_KILLED = `
  query ($groupBy: [IncidentStatsKey!]!, $filter: IncidentFilter) {
    incidentStats(groupBy: $groupBy, filter: $filter) { year country count killed }
  }
`;

const INCIDENT_SPONSOR_PLOT = `
  query ($groupBy: [IncidentStatsKey!]!) {
    incidentStats(groupBy: $groupBy) { sponsor { name } plot { name } count }
  }
`;

const PLOT_STATS = `
  query ($groupBy: [PlotStatsKey!]!) {
    plotStats(groupBy: $groupBy) { targetCountry year count plotsRepresented }
  }
`;

const SENTENCE_STATS = `
  query ($groupBy: [SentenceStatsKey!]!) {
    sentenceStats(groupBy: $groupBy) {
      jurisdiction releaseReason count termMonths termMonthsAverage termMonthsReported
    }
  }
`;

const ARREST_STATS = `
  query ($groupBy: [ArrestStatsKey!]!) {
    arrestStats(groupBy: $groupBy) { year month country count }
  }
`;

const SANCTION_STATS = `
  query ($groupBy: [SanctionStatsKey!]!) {
    sanctionStats(groupBy: $groupBy) { imposingAuthority { name } measure count }
  }
`;

const TRANSFER_STATS = `
  query ($groupBy: [WeaponsTransferStatsKey!]!) {
    weaponsTransferStats(groupBy: $groupBy) {
      supplier { id } recipient { id } count quantityLow quantityHigh quantityLowReported quantityHighReported
    }
  }
`;
