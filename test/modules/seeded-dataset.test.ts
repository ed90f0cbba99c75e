import { setUpSeededTests } from '../helpers/api';
import { globalIdOf } from '../helpers/records';

const t = setUpSeededTests();

const node = async (typeName: string, externalId: string, selection: string) => {
  const id = await globalIdOf(t.api.dataSource, typeName, externalId);
  const result = await t.api.query(
    `query ($id: ID!) { node(id: $id) { id ... on ${typeName} ${selection} } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.node;
};

const names = (roles: { role: string; actor: { name: string } }[]) =>
  roles.map((entry) => `${entry.role}:${entry.actor.name}`).sort();

describe('the seeded dataset, read through GraphQL', () => {
  it('has the Marco Polo plot: sponsor, targets in France and Germany, foiled, disclosed in 2024', async () => {
    const plot = await node(
      'Plot',
      'plot-marco-polo',
      `{
      codename status targetCountries targetKinds confidence
      disclosed { from precision note }
      actors(role: [SPONSOR]) { nodes { role actor { name } } }
    }`,
    );
    expect(plot).toMatchObject({
      codename: 'Marco Polo',
      status: 'FOILED',
      targetCountries: expect.arrayContaining(['FR', 'DE']),
      targetKinds: expect.arrayContaining([
        'JEWISH_COMMUNITY',
        'ISRAELI_NATIONALS',
        'ISRAELI_BUSINESSES',
      ]),
      confidence: 'CHARGED',
      disclosed: { from: '2024', precision: 'YEAR', note: expect.stringContaining('inferred') },
    });
    expect(names(plot.actors.nodes)).toEqual(expect.arrayContaining(['SPONSOR:Iran']));
  });

  it('has the couple charged on 4 May 2024 (year inferred) and held pending trial', async () => {
    const arrest = await node(
      'Arrest',
      'arrest-abdelkrim-s-2024-05-04',
      `{
      date { from precision label note } custodyOutcome confidence charges
      actors(role: [ARRESTED_PERSON]) { nodes { role actor { name ageReported } } }
      plot { codename }
      citations { nodes { stance source { publisher } } }
    }`,
    );
    expect(arrest).toMatchObject({
      date: {
        from: '2024-05-04',
        precision: 'DAY',
        label: '4 May 2024',
        note: expect.stringContaining('inferred'),
      },
      custodyOutcome: 'DETAINED_PENDING_TRIAL',
      confidence: 'CHARGED',
      actors: {
        nodes: [{ role: 'ARRESTED_PERSON', actor: { name: 'Abdelkrim S.', ageReported: 34 } }],
      },
      plot: { codename: 'Marco Polo' },
    });
    expect(arrest.charges).toHaveLength(1);
    expect(arrest.citations.nodes.length).toBeGreaterThan(0);
  });

  it("has Abdelkrim S.'s earlier 10-year sentence and his release on probation in July 2023", async () => {
    const sentence = await node(
      'Sentence',
      'sentence-abdelkrim-s-marseille-killing',
      `{
      jurisdiction termMonths releasedEarly releaseReason released { from precision }
      actors(role: [DEFENDANT]) { nodes { role actor { name } } }
    }`,
    );
    expect(sentence).toEqual({
      id: expect.any(String),
      jurisdiction: 'FR',
      termMonths: 120,
      releasedEarly: true,
      releaseReason: 'PROBATION',
      released: { from: '2023-07', precision: 'MONTH' },
      actors: { nodes: [{ role: 'DEFENDANT', actor: { name: 'Abdelkrim S.' } }] },
    });
  });

  it('has the 2018 Villepinte plot with the 20-year and 15-to-18-year sentences, and the 2023 prisoner exchange', async () => {
    const assadi = await node(
      'Sentence',
      'sentence-assadolah-assadi',
      `{
      jurisdiction termMonths releaseReason released { from } plot { period { label } }
    }`,
    );
    const accomplices = await node(
      'Sentence',
      'sentence-assadi-accomplices',
      `{ termMonths termMonthsMax jurisdiction }`,
    );
    expect(assadi).toMatchObject({
      jurisdiction: 'BE',
      termMonths: 240,
      releaseReason: 'PRISONER_EXCHANGE',
      released: { from: '2023' },
      plot: { period: { label: '2018' } },
    });
    expect(accomplices).toMatchObject({ termMonths: 180, termMonthsMax: 216, jurisdiction: 'BE' });
  });

  it('has the Fath-360 transfer from Iran to Russia, reported by several outlets and denied by Iran', async () => {
    const transfer = await node(
      'WeaponsTransfer',
      'transfer-iran-russia-fath-360',
      `{
      category quantityLow quantityHigh quantityText status
      actors(role: [SUPPLIER, RECIPIENT]) { nodes { role actor { name } } }
      citations { nodes { stance source { publisher } } }
    }`,
    );
    expect(transfer).toMatchObject({
      category: 'BALLISTIC_MISSILE',
      quantityLow: 200,
      quantityHigh: 999,
      quantityText: 'hundreds',
      status: 'REPORTED',
    });
    expect(names(transfer.actors.nodes)).toEqual(['RECIPIENT:Russia', 'SUPPLIER:Iran']);
    const stances = transfer.citations.nodes.map((citation: { stance: string }) => citation.stance);
    expect(stances).toContain('DENIES');
    expect(stances.filter((stance: string) => stance === 'REPORTS').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("has MI5's count of at least 20 plots since 2022 as one aggregate, open-ended record", async () => {
    const plot = await node(
      'Plot',
      'plot-mi5-uk-plots-since-2022',
      `{ aggregateCount targetCountries period { label ongoing latest } }`,
    );
    expect(plot).toMatchObject({
      aggregateCount: 20,
      targetCountries: ['GB'],
      period: { label: 'since 2022', ongoing: true, latest: null },
    });
  });

  it('has the November 2023 shooting of Alejo Vidal-Quadras in Madrid', async () => {
    const incident = await node(
      'Incident',
      'incident-madrid-vidal-quadras-shooting-2023',
      `{
      type date { from precision } place { name countryCode } actors(role: [VICTIM, TARGET]) { nodes { actor { name } } }
    }`,
    );
    expect(incident).toMatchObject({
      type: 'ATTEMPTED_ASSASSINATION',
      date: { from: '2023-11', precision: 'MONTH' },
      place: { name: 'Madrid', countryCode: 'ES' },
    });
    expect(
      incident.actors.nodes.map((entry: { actor: { name: string } }) => entry.actor.name),
    ).toContain('Alejo Vidal-Quadras');
  });

  it('has the Dutch assassinations of 2015 and 2017, one death each', async () => {
    const first = await node(
      'Incident',
      'incident-nl-killing-2015',
      `{ type outcome killed date { from } place { countryCode } }`,
    );
    const second = await node(
      'Incident',
      'incident-nl-killing-2017',
      `{ type outcome killed date { from } place { countryCode } }`,
    );
    expect([first, second]).toEqual([
      {
        id: expect.any(String),
        type: 'ASSASSINATION',
        outcome: 'COMPLETED',
        killed: 1,
        date: { from: '2015' },
        place: { countryCode: 'NL' },
      },
      {
        id: expect.any(String),
        type: 'ASSASSINATION',
        outcome: 'COMPLETED',
        killed: 1,
        date: { from: '2017' },
        place: { countryCode: 'NL' },
      },
    ]);
  });
});
