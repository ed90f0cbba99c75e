import { setUpSeededTests } from '../helpers/api';
import { globalIdOf } from '../helpers/records';

// DOMAIN.md, "What a user can ask": each question in one request, on the real dataset.
const t = setUpSeededTests();

const ok = async (document: string, variables?: Record<string, unknown>) => {
  const result = await t.api.query(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data as any;
};

describe('what a user can ask', () => {
  it('plots sponsored by Iran targeting Jewish communities in France or Germany since 2015, with incidents, arrests and sentences', async () => {
    const data = await ok(PLOTS_QUESTION);
    expect(data.plots.nodes).toEqual([
      {
        codename: 'Marco Polo',
        targetCountries: expect.arrayContaining(['FR', 'DE']),
        incidents: {
          totalCount: expect.any(Number),
          nodes: expect.arrayContaining([expect.objectContaining({ type: 'ARSON' })]),
        },
        arrests: {
          nodes: expect.arrayContaining([
            expect.objectContaining({
              custodyOutcome: 'DETAINED_PENDING_TRIAL',
              actors: { nodes: [{ actor: { name: 'Abdelkrim S.' } }] },
            }),
            expect.objectContaining({ actors: { nodes: [{ actor: { name: 'Sabrina B.' } }] } }),
          ]),
        },
        sentences: { nodes: expect.any(Array) },
      },
    ]);
    expect(data.plots.nodes[0].incidents.totalCount).toBeGreaterThanOrEqual(4);
  });

  it('everything about one actor: plots, arrests, sentences and sanctions they appear in, each with its sources', async () => {
    const id = await globalIdOf(t.api.dataSource, 'Actor', 'actor-abdelkrim-s');
    const data = await ok(DOSSIER, { id });
    const actor = data.node;
    expect(actor.name).toBe('Abdelkrim S.');
    expect(actor.plots.nodes.map((plot: { codename: string }) => plot.codename)).toContain(
      'Marco Polo',
    );
    expect(actor.arrests.nodes).toEqual([
      expect.objectContaining({
        date: { label: '4 May 2024' },
        citations: {
          nodes: expect.arrayContaining([
            expect.objectContaining({
              source: expect.objectContaining({ publisher: expect.any(String) }),
            }),
          ]),
        },
      }),
    ]);
    expect(actor.sentences.nodes).toEqual([
      expect.objectContaining({ termMonths: 120, releaseReason: 'PROBATION' }),
    ]);
    expect(
      actor.roles.nodes.map((role: { record: { __typename: string } }) => role.record.__typename),
    ).toEqual(expect.arrayContaining(['Plot', 'Arrest', 'Sentence']));
    expect(
      actor.roles.nodes.every(
        (role: { record: { citations: { totalCount: number } } }) =>
          role.record.citations.totalCount > 0,
      ),
    ).toBe(true);
  });

  it('weapons transfers from Iran to Russia, with the sources that report and those that deny them', async () => {
    const data = await ok(TRANSFERS_QUESTION);
    const fath = data.weaponsTransfers.nodes.find((transfer: { weaponSystem: string }) =>
      transfer.weaponSystem.includes('Fath-360'),
    );
    expect(fath.reporting.nodes.length).toBeGreaterThanOrEqual(3);
    expect(fath.denying.nodes).toEqual([
      { stance: 'DENIES', source: { publisher: expect.stringContaining('CNN') } },
    ]);
    const denied = await ok(
      `{ weaponsTransfers(filter: { citations: { some: { stance: { eq: DENIES } } } }) { nodes { weaponSystem } } }`,
    );
    expect(denied.weaponsTransfers.nodes).toEqual([{ weaponSystem: fath.weaponSystem }]);
  });

  it('sentences of more than 10 years handed down in Belgium, and which were cut short', async () => {
    const data = await ok(SENTENCES_QUESTION);
    expect(data.all.nodes).toEqual(
      expect.arrayContaining([
        {
          termMonths: 240,
          termMonthsMax: null,
          releasedEarly: true,
          releaseReason: 'PRISONER_EXCHANGE',
          actors: { nodes: [{ actor: { name: 'Assadolah Assadi' } }] },
        },
        {
          termMonths: 180,
          termMonthsMax: 216,
          releasedEarly: false,
          releaseReason: null,
          actors: { nodes: [expect.any(Object)] },
        },
      ]),
    );
    expect(data.all.nodes).toHaveLength(2);
    expect(data.cutShort.nodes).toEqual([{ termMonths: 240 }]);
  });

  it('sentences in Belgium since 2015 for plots sponsored by Iran (a filter that reads like the question)', async () => {
    const data = await ok(`{
      sentences(filter: { jurisdiction: { eq: "BE" }, plot: { sponsor: { name: { eq: "Iran" } }, period: { overlaps: { from: "2015" } } } }) {
        nodes { termMonths }
      }
    }`);
    expect(
      data.sentences.nodes.map((sentence: { termMonths: number }) => sentence.termMonths).sort(),
    ).toEqual([180, 240]);
  });

  it('from a source, the records it is cited for and with which stance', async () => {
    const data = await ok(`{
      sources(filter: { publisher: { contains: "CNN" } }) {
        nodes { citations { nodes { stance record { __typename ... on WeaponsTransfer { weaponSystem } } } } }
      }
    }`);
    expect(data.sources.nodes[0].citations.nodes).toEqual(
      expect.arrayContaining([
        {
          stance: 'DENIES',
          record: {
            __typename: 'WeaponsTransfer',
            weaponSystem: expect.stringContaining('Fath-360'),
          },
        },
      ]),
    );
  });

  it('finds records of any kind by free text, best match first', async () => {
    const data = await ok(
      `{ search(query: "Marco Polo", first: 5) { totalCount nodes { kind rank record { id ... on Plot { codename } } } } }`,
    );
    expect(data.search.nodes[0]).toMatchObject({
      kind: 'Plot',
      record: { codename: 'Marco Polo' },
    });
    const ranks = data.search.nodes.map((hit: { rank: number }) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((left, right) => right - left));
    const fath = await ok(
      `{ search(query: "Fath-360", kinds: [WeaponsTransfer]) { nodes { kind } } }`,
    );
    expect(fath.search.nodes.length).toBeGreaterThan(0);
    expect(new Set(fath.search.nodes.map((hit: { kind: string }) => hit.kind))).toEqual(
      new Set(['WeaponsTransfer']),
    );
  });
});

const PLOTS_QUESTION = `{
  plots(filter: {
    sponsor: { name: { eq: "Iran" } }
    targetKinds: { contains: [JEWISH_COMMUNITY] }
    targetCountries: { overlaps: ["FR", "DE"] }
    period: { overlaps: { from: "2015" } }
    aggregateCount: { isNull: true }
  }) {
    nodes {
      codename targetCountries
      incidents { totalCount nodes { type title } }
      arrests { nodes { custodyOutcome actors(role: [ARRESTED_PERSON]) { nodes { actor { name } } } } }
      sentences { nodes { termMonths } }
    }
  }
}`;

const DOSSIER = `query ($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
      plots { nodes { codename } }
      arrests(role: [ARRESTED_PERSON]) { nodes { date { label } citations { nodes { stance source { publisher title } } } } }
      sentences(role: [DEFENDANT]) { nodes { termMonths releaseReason } }
      sanctions { nodes { title } }
      roles(first: 50) {
        nodes {
          role
          record {
            __typename
            ... on Plot { citations { totalCount } }
            ... on Incident { citations { totalCount } }
            ... on Arrest { citations { totalCount } }
            ... on Sentence { citations { totalCount } }
            ... on Sanction { citations { totalCount } }
            ... on WeaponsTransfer { citations { totalCount } }
          }
        }
      }
    }
  }
}`;

const TRANSFERS_QUESTION = `{
  weaponsTransfers(filter: { supplier: { name: { eq: "Iran" } }, recipient: { name: { eq: "Russia" } } }) {
    nodes {
      weaponSystem
      reporting: citations(filter: { stance: { in: [REPORTS, CONFIRMS] } }) { nodes { stance source { publisher } } }
      denying: citations(filter: { stance: { eq: DENIES } }) { nodes { stance source { publisher } } }
    }
  }
}`;

const SENTENCES_QUESTION = `{
  all: sentences(filter: { jurisdiction: { eq: "BE" }, termMonths: { gt: 120 } }, orderBy: [{ field: TERM_MONTHS, direction: DESC }]) {
    nodes { termMonths termMonthsMax releasedEarly releaseReason actors(role: [DEFENDANT]) { nodes { actor { name } } } }
  }
  cutShort: sentences(filter: { jurisdiction: { eq: "BE" }, termMonths: { gt: 120 }, releasedEarly: { eq: true } }) {
    nodes { termMonths }
  }
}`;
