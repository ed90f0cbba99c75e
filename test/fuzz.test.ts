import type { AddressInfo } from 'node:net';

import fc from 'fast-check';

import { listen } from '../src/app';
import { ErrorCode } from '../src/graphql/errors';
import { toGlobalId } from '../src/graphql/global-id';
import { Role } from '../src/graphql/principal';
import { seedDatabase } from '../src/seed/seed';
import { createTestApi, truncateAll, type KeyedClient, type TestApi } from './helpers/api';

// Thousands of random inputs: every answer must be a well-formed GraphQL response whose errors
// carry a known, non-internal code, and rejected mutations must leave the database unchanged.
let api: TestApi;
let editor: KeyedClient;

const KNOWN = new Set<string>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

beforeAll(async () => {
  api = await createTestApi();
  await truncateAll(api.dataSource);
  await seedDatabase(api.dataSource);
  editor = await api.as(Role.EDITOR);
});

afterAll(async () => {
  await api.close();
});

function wellFormed(result: {
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}): void {
  expect(result.data !== undefined || result.errors !== undefined).toBe(true);
  for (const error of result.errors ?? []) {
    const code = String(error.extensions?.code);
    if (!KNOWN.has(code)) {
      throw new Error(`unexpected error code ${code}: ${JSON.stringify(error)}`);
    }
  }
}

const partialDate = fc.oneof(
  fc.integer({ min: -5, max: 10_000 }).map(String),
  fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 14 }))
    .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1900, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([year, month, day]) =>
        `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
  fc.string({ maxLength: 12 }),
);

const scalarOperators = fc.record(
  {
    eq: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
    in: fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 120 }),
    contains: fc.string({ maxLength: 20 }),
    between: fc.array(fc.integer({ min: -10, max: 1000 }), { maxLength: 3 }),
    isNull: fc.boolean(),
    gt: fc.integer(),
  },
  { requiredKeys: [] },
);

const leafFilter = fc.oneof(
  fc.record({ title: scalarOperators }, { requiredKeys: [] }),
  fc.record({ killed: scalarOperators }, { requiredKeys: [] }),
  fc.record({
    type: fc.record(
      {
        eq: fc.constantFrom('ARSON', 'SHOOTING', 'NOPE'),
        in: fc.array(fc.constantFrom('BOMBING', 'CYBER'), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    date: fc.record(
      {
        overlaps: fc.record({ from: partialDate, to: partialDate }, { requiredKeys: [] }),
        within: fc.record({ from: partialDate }, { requiredKeys: [] }),
        isNull: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    place: fc.record(
      {
        countryCode: fc.record(
          { eq: fc.constantFrom('FR', 'NL', 'XX', 'fr', '') },
          { requiredKeys: [] },
        ),
        boundingBox: fc.record({
          south: fc.double({ min: -200, max: 200, noNaN: true }),
          west: fc.double({ min: -200, max: 200, noNaN: true }),
          north: fc.double({ min: -200, max: 200, noNaN: true }),
          east: fc.double({ min: -200, max: 200, noNaN: true }),
        }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    plot: fc.record(
      { sponsor: fc.record({ name: scalarOperators }, { requiredKeys: [] }) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    citations: fc.record(
      {
        some: fc.record(
          { stance: fc.record({ eq: fc.constantFrom('DENIES', 'REPORTS') }) },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    id: fc.record({
      eq: fc.oneof(
        fc.string(),
        fc.uuid().map((id) => toGlobalId('Incident', id)),
        fc.uuid().map((id) => toGlobalId('Plot', id)),
      ),
    }),
  }),
  fc.record({ bogusField: fc.anything() }),
);

const filter: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafFilter,
    tie('and'),
    tie('or'),
    tie('not'),
  ),
  and: fc.record({ and: fc.array(tie('node'), { maxLength: 3 }) }),
  or: fc.record({ or: fc.array(tie('node'), { maxLength: 3 }) }),
  not: fc.record({ not: tie('node') }),
})).node;

describe('random requests over HTTP', () => {
  it('never answers a random document or body with a server error', async () => {
    const server = await listen(api.app.express, 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    try {
      const body = fc.oneof(
        fc.string().map((query) => JSON.stringify({ query })),
        fc
          .stringMatching(/^[{}()a-z:$!@ ,.[\]"0-9]{0,80}$/)
          .map((query) => JSON.stringify({ query })),
        fc.json(),
        fc.string(),
        fc.record({ n: fc.jsonValue(), f: fc.jsonValue() }, { requiredKeys: [] }).map((variables) =>
          JSON.stringify({
            query:
              'query ($n: Int, $f: IncidentFilter) { incidents(first: $n, filter: $f) { totalCount } }',
            variables,
          }),
        ),
        fc
          .record({
            query: fc.constant('{ plots { totalCount } }'),
            variables: fc.jsonValue(),
            operationName: fc.option(fc.string()),
          })
          .map((value) => JSON.stringify(value)),
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: payload,
          });
          expect(response.status).toBeLessThan(500);
          const parsed = (await response.json()) as {
            errors?: { extensions?: Record<string, unknown> }[];
          };
          wellFormed(parsed);
        }),
        { numRuns: 400 },
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('export filters', () => {
  // COPY takes no bind parameters, so the export inlines the filter's values as literals: values
  // built to break out of a literal must still match exactly what the GraphQL list matches.
  const NASTY = [
    "'",
    "''",
    "x'); DROP TABLE incidents; --",
    "\\'; SELECT pg_sleep(10); --",
    '\\',
    '\\\\x27',
    "E'\\''",
    '$1',
    '$$; DROP TABLE incidents; $$',
    ':filter_0',
    ':...filter_0',
    '"; --',
    '%_\\%',
    '{"a","b"}',
    'Marco Polo',
  ];

  const totalCount = async (where: unknown, search?: string) => {
    const result = await api.query(
      'query ($filter: IncidentFilter, $search: String) { incidents(filter: $filter, search: $search) { totalCount } }',
      { filter: where, search },
    );
    return result.errors
      ? { error: String(result.errors[0].extensions?.code) }
      : { rows: (result.data as { incidents: { totalCount: number } }).incidents.totalCount };
  };

  const exported = async (url: string, where: unknown, search?: string) => {
    const query = new URLSearchParams({ filter: JSON.stringify(where) });
    if (search !== undefined) {
      query.set('search', search);
    }
    const response = await fetch(`${url}?${query}`);
    const text = await response.text();
    if (response.status !== 200) {
      return { error: String(JSON.parse(text).errors[0].extensions.code) };
    }
    return { rows: text.split('\n').length - 1 };
  };

  it('matches what the GraphQL list matches for injection attempts and random filters', async () => {
    const server = await listen(api.app.express, 0);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export/incidents.ndjson`;
    const [{ count: before }] = await api.dataSource.query('SELECT count(*) FROM incidents');
    try {
      for (const value of NASTY) {
        const cases: [unknown, string | undefined][] = [
          [{ title: { contains: value } }, undefined],
          [{ or: [{ title: { eq: value } }, { description: { startsWith: value } }] }, undefined],
          [{ title: { in: [value, 'Planned arson'] } }, undefined],
          [null, value],
        ];
        for (const [where, search] of cases) {
          expect([value, await exported(url, where, search)]).toEqual([
            value,
            await totalCount(where, search),
          ]);
        }
      }
      await fc.assert(
        fc.asyncProperty(filter, async (generated) => {
          // As it travels in the URL: JSON drops undefined fields.
          const where: unknown = JSON.parse(JSON.stringify(generated) ?? 'null');
          expect(await exported(url, where)).toEqual(await totalCount(where));
        }),
        { numRuns: 150 },
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const [{ count: after }] = await api.dataSource.query('SELECT count(*) FROM incidents');
    expect(after).toBe(before);
  });
});

describe('random input', () => {
  it('answers random filters, sort orders and page sizes with data or a known error code', async () => {
    await fc.assert(
      fc.asyncProperty(
        filter,
        fc.option(fc.integer({ min: -5, max: 120 })),
        fc.option(fc.constantFrom('DATE', 'TITLE', 'KILLED')),
        async (where, first, field) => {
          const result = await api.query(
            `query ($filter: IncidentFilter, $first: Int, $orderBy: [IncidentOrder!]) { incidents(filter: $filter, first: $first, orderBy: $orderBy) { totalCount nodes { id title } } }`,
            { filter: where, first, orderBy: field ? [{ field }] : null },
          );
          wellFormed(result);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('answers random cursors and ids without internal errors', async () => {
    const cursor = fc.oneof(
      fc.string(),
      fc.base64String(),
      fc.json().map((json) => Buffer.from(json).toString('base64url')),
      fc
        .array(fc.oneof(fc.string(), fc.integer(), fc.double()))
        .map((values) =>
          Buffer.from(JSON.stringify(['DATE:DESC', ...values])).toString('base64url'),
        ),
    );
    await fc.assert(
      fc.asyncProperty(
        cursor,
        fc.oneof(
          fc.string(),
          fc.uuid().map((id) => toGlobalId('Plot', id)),
          fc.string().map((text) => Buffer.from(`v1:Plot:${text}`).toString('base64url')),
        ),
        async (after, id) => {
          wellFormed(
            await api.query(
              `query ($after: String) { incidents(after: $after, first: 2) { nodes { id } } }`,
              { after },
            ),
          );
          wellFormed(
            await api.query(
              `query ($before: String) { plots(before: $before, last: 2) { nodes { id } } }`,
              { before: after },
            ),
          );
          const node = await api.query(`query ($id: ID!) { node(id: $id) { id } }`, { id });
          wellFormed(node);
          expect(node.errors).toBeUndefined();
        },
      ),
      { numRuns: 600 },
    );
  });

  it('rejects random invalid mutation input with a known code and writes nothing', async () => {
    const count = async () =>
      Number(
        (
          await api.dataSource.query(
            'SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM change_log) AS n',
          )
        )[0].n,
      );
    const input = fc.record(
      {
        title: fc.oneof(
          fc.string({ maxLength: 10 }),
          fc.string({ minLength: 301, maxLength: 320 }),
        ),
        type: fc.constantFrom('ARSON', 'SHOOTING'),
        outcome: fc.constantFrom('COMPLETED', 'FOILED'),
        confidence: fc.constantFrom('ALLEGED', 'REPORTED'),
        killed: fc.integer({ min: -3, max: 3 }),
        injured: fc.option(fc.integer({ min: -3, max: 3 })),
        date: fc.record(
          { from: partialDate, to: fc.option(partialDate), ongoing: fc.option(fc.boolean()) },
          { requiredKeys: ['from'] },
        ),
        placeId: fc.option(
          fc.oneof(
            fc.string(),
            fc.uuid().map((id) => toGlobalId('Place', id)),
            fc.uuid().map((id) => toGlobalId('Plot', id)),
          ),
        ),
      },
      { requiredKeys: ['title', 'type', 'outcome', 'confidence'] },
    );
    await fc.assert(
      fc.asyncProperty(input, async (values) => {
        const before = await count();
        const result = await editor.query(
          `mutation ($input: CreateIncidentInput!) { createIncident(input: $input) { incident { id } userErrors { field code } } }`,
          { input: values },
        );
        wellFormed(result);
        const created = Boolean((result.data as any)?.createIncident?.incident);
        const after = await count();
        // Accepted: one incident and one change-log entry; refused: nothing at all.
        expect(after - before).toBe(created ? 2 : 0);
      }),
      { numRuns: 400 },
    );
  });
});
