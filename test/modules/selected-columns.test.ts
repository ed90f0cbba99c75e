import { countStatements } from '../../src/db/query-counter';
import { setUpSeededTests } from '../helpers/api';

// Nested lists and to-one relations read only the columns their selection needs
// (src/shared/selected-columns.ts). Whatever is left out, each field asked for must answer as
// it does when every field is asked for. These are the resolvers' reads: compiled reads
// (test/modules/compiled-read.test.ts), which would answer these documents, are off.
const t = setUpSeededTests({ compiledReads: false });

const DATE = '{ from to label precision latest note ongoing start toPrecision }';

const EVERYTHING = `{ incidents(first: 50) { nodes {
  id title date ${DATE}
  place { __typename id rowId name countryCode region city latitude longitude geoPrecision geonamesId wikidataId externalId createdAt updatedAt version }
  plot { __typename id name codename summary status confidence period ${DATE} disclosed ${DATE} targetCountries targetKinds aggregateCount createdAt }
  actors(first: 5) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
    id role note record { __typename ... on Incident { id } }
    actor { __typename id rowId name kind aliases countryCode ageReported ageReportedOn description wikidataId openSanctionsId externalId createdAt updatedAt version }
  } } }
  citations(first: 5) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node {
    id stance excerpt accessedOn record { __typename ... on Incident { id } }
    source { __typename id rowId publisher title url kind language description published ${DATE} externalId createdAt updatedAt version }
  } } }
} } }`;

// Narrow selections, some through fragments and `nodes` instead of `edges`. Each object of a
// to-one relation names its __typename and id, to be checked against the top-level lists.
const NARROW = [
  `{ incidents(first: 50) { nodes { id place { __typename id name } plot { __typename id status } } } }`,
  `{ incidents(first: 50) { nodes { id place { __typename id ...Where } plot { __typename id period { label } } } } }
   fragment Where on Place { countryCode latitude }`,
  `{ incidents(first: 50) { nodes { id actors(first: 5) { nodes { role actor { __typename id name } } } } } }`,
  `{ incidents(first: 50) { nodes { id actors(first: 5) { edges { cursor node { record { __typename } actor { __typename id ... on Actor { description } } } } } } } }`,
  `{ incidents(first: 50) { nodes { id citations(first: 5) { nodes { stance source { __typename id published { label } } } } } } }`,
  `{ incidents(first: 50) { nodes { id citations(first: 5) { pageInfo { endCursor } nodes { ... on Citation { excerpt source { __typename id url } } } } } } }`,
];

/** Every place, plot, actor and source with every field, from the top-level lists (which read whole rows). */
const REFERENCE = `{
  places(first: 100) { nodes { id rowId name countryCode region city latitude longitude geoPrecision geonamesId wikidataId externalId createdAt updatedAt version } }
  plots(first: 100) { nodes { id name codename summary status confidence period ${DATE} disclosed ${DATE} targetCountries targetKinds aggregateCount createdAt } }
  actors(first: 100) { nodes { id rowId name kind aliases countryCode ageReported ageReportedOn description wikidataId openSanctionsId externalId createdAt updatedAt version } }
  sources(first: 100) { nodes { id rowId publisher title url kind language description published ${DATE} externalId createdAt updatedAt version } }
}`;

/** The objects of a GraphQL answer that name their __typename and id. */
function typedObjects(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) {
    return value.flatMap(typedObjects);
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const own =
      typeof object.__typename === 'string' && typeof object.id === 'string' ? [object] : [];
    return [...own, ...Object.values(object).flatMap(typedObjects)];
  }
  return [];
}

type Json = unknown;

/** `full` reduced to the shape of `narrow`: the same fields, from the answer with every field. */
function project(full: Json, narrow: Json): Json {
  if (Array.isArray(narrow)) {
    return narrow.map((item, index) => project((full as Json[])[index], item));
  }
  if (narrow && typeof narrow === 'object') {
    return Object.fromEntries(
      Object.keys(narrow).map((key) => [
        key,
        project((full as Record<string, Json>)[key], (narrow as Record<string, Json>)[key]),
      ]),
    );
  }
  return full;
}

/** `edges { node }` and `nodes` hold the same items: the full answer has edges only. */
function withNodes(value: Json): Json {
  if (Array.isArray(value)) {
    return value.map(withNodes);
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, withNodes(item)] as const);
    const object = Object.fromEntries(entries) as Record<string, Json>;
    if (Array.isArray(object.edges)) {
      object.nodes = (object.edges as { node: Json }[]).map((edge) => edge.node);
    }
    return object;
  }
  return value;
}

describe('columns read for a selection', () => {
  it.each(NARROW)('answers each field as when every field is asked: %s', async (document) => {
    const full = await t.api.query(EVERYTHING);
    expect(full.errors).toBeUndefined();
    const narrow = await t.api.query(document);
    expect(narrow.errors).toBeUndefined();
    // The seed has incidents with places, plots, perpetrators and citations to compare.
    expect(JSON.stringify(narrow.data)).toMatch(/\[\{"/);
    expect(narrow.data).toEqual(project(withNodes(full.data), narrow.data));

    const reference = await t.api.query<Record<string, { nodes: { id: string }[] }>>(REFERENCE);
    expect(reference.errors).toBeUndefined();
    const byId = new Map(
      Object.values(reference.data!).flatMap((list) => list.nodes.map((node) => [node.id, node])),
    );
    const related = typedObjects(narrow.data).filter((object) => object.__typename !== 'Incident');
    expect(related.length).toBeGreaterThan(0);
    for (const object of related) {
      const { __typename: _typename, ...fields } = object;
      expect(fields).toEqual(project(byId.get(object.id as string), fields));
    }
  });

  it('answers the fields of a page of incidents as node(id:) does, which reads whole rows', async () => {
    const fields = `id title type outcome killed injured confidence date ${DATE} createdAt version`;
    const page = await t.api.query<{ incidents: { nodes: { id: string }[] } }>(
      `{ incidents(first: 50) { nodes { ${fields} } } }`,
    );
    expect(page.errors).toBeUndefined();
    const ids = page.data!.incidents.nodes.map((node) => node.id);
    expect(ids.length).toBeGreaterThan(5);
    const whole = await t.api.query<{ nodes: unknown[] }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Incident { ${fields} } } }`,
      { ids },
    );
    expect(page.data!.incidents.nodes).toEqual(whole.data!.nodes);
  });

  it('leaves out the columns no field asks for, and reads them when one does', async () => {
    const sourceColumnsRead = async (document: string) => {
      const { result, texts } = await countStatements(() => t.api.query(document), {
        recordTexts: true,
      });
      expect(result.errors).toBeUndefined();
      const statements = texts!.filter((text) => text.includes('"sources"')).join('\n');
      return ['title', 'description'].filter((column) => statements.includes(`."${column}" AS`));
    };
    expect(
      await sourceColumnsRead(
        `{ incidents(first: 5) { nodes { citations(first: 2) { nodes { source { title } } } } } }`,
      ),
    ).toEqual(['title']);
    expect(
      await sourceColumnsRead(
        `{ incidents(first: 5) { nodes { citations(first: 2) { nodes { source { title description } } } } } }`,
      ),
    ).toEqual(['title', 'description']);
  });

  it('reads the places and plots of a page of incidents, the sources of citations and the actors of roles in the statements of those pages', async () => {
    const statements = async (document: string) => {
      const { result, statements: count } = await countStatements(() => t.api.query(document));
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toMatch(/"nodes":\[\{"/);
      return count;
    };
    const pages = await statements(
      `{ incidents(first: 20) { nodes { title citations(first: 3) { nodes { stance } } actors(first: 3) { nodes { role } } } } }`,
    );
    const withRelated = await statements(
      `{ incidents(first: 20) { nodes {
          title place { name } plot { name } where: place { countryCode }
          citations(first: 3) { nodes { stance source { title } } edges { node { source { url } } } }
          actors(first: 3) { nodes { role actor { name } other: actor { kind } } }
      } } }`,
    );
    expect(withRelated).toBe(pages);
  });
});
