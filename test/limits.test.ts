import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp, listen, type App, type AppOptions } from '../src/app';
import { createDataSource } from '../src/db/data-source';
import { createFormatError } from '../src/graphql/errors';
import { createTestApi, silentLog, testAppOptions, type TestApi } from './helpers/api';
import { postGraphQL as post } from './helpers/http';
import { testRedisUrl } from './setup/redis-probe';

interface Running {
  app: App;
  server: Server;
  url: string;
}

let api: TestApi;
const running: Running[] = [];

beforeAll(async () => {
  api = await createTestApi();
});

afterEach(async () => {
  for (const { app, server } of running.splice(0)) {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
  }
});

afterAll(async () => {
  await api.close();
});

async function serve(options: AppOptions): Promise<string> {
  const app = await createApp(api.dataSource, silentLog, options);
  const server = await listen(app.express, 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  running.push({ app, server, url });
  return url;
}

const PLOTS = '{ plots(first: 10) { nodes { name incidents(first: 5) { nodes { title } } } } }';
// 1 + 10 × (1 + 1 + 5 × 1)
const PLOTS_COST = 71;

describe('query cost', () => {
  it('reports the cost, the limit, what is left and when it resets on every response', async () => {
    const url = await serve(testAppOptions({ hourlyCost: { anonymous: 1000, key: 5000 } }));
    const first = await post(url, { query: PLOTS });
    const second = await post(url, { query: PLOTS });
    expect(first.body.extensions.cost).toEqual({
      requested: PLOTS_COST,
      limit: 1000,
      remaining: 1000 - PLOTS_COST,
      resetAt: expect.any(String),
    });
    expect(second.body.extensions.cost.remaining).toBe(1000 - 2 * PLOTS_COST);
    expect(new Date(first.body.extensions.cost.resetAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a query over the per-request maximum before running it (QUERY_TOO_COMPLEX, 400)', async () => {
    const url = await serve(testAppOptions({ maxRequestCost: 50 }));
    const response = await post(url, { query: PLOTS });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/cost 71, over the limit of 50/),
          extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested: PLOTS_COST, limit: 50 } },
        },
      ],
    });
  });

  it('answers RATE_LIMITED (429, Retry-After) once the hourly budget is spent, without charging the refused request', async () => {
    const url = await serve(testAppOptions({ hourlyCost: { anonymous: 100, key: 1000 } }));
    const spent = await post(url, { query: PLOTS });
    const refused = await post(url, { query: PLOTS });
    const small = await post(url, { query: '{ plots(first: 1) { nodes { name } } }' });
    expect(spent.status).toBe(200);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      }),
    ]);
    // 100 - 71 = 29 left: the refused request took nothing, so a query costing 2 still runs.
    expect(small.status).toBe(200);
    expect(small.body.extensions.cost).toMatchObject({ requested: 2, remaining: 27 });
  });

  it('gives an API key its own, larger budget', async () => {
    const url = await serve(testAppOptions({ hourlyCost: { anonymous: 80, key: 1000 } }));
    const viewer = await api.as('VIEWER' as never);
    await post(url, { query: PLOTS });
    const keyed = await post(url, { query: PLOTS }, { authorization: `Bearer ${viewer.secret}` });
    expect(keyed.status).toBe(200);
    expect(keyed.body.extensions.cost).toMatchObject({ limit: 1000, remaining: 1000 - PLOTS_COST });
  });

  (testRedisUrl() ? it : it.skip)(
    'shares budgets between API processes through Redis',
    async () => {
      const redisUrl = testRedisUrl()!;
      const budget = { hourlyCost: { anonymous: 150, key: 1000 } };
      // A fresh key prefix per run: Redis keeps budgets after the test ends.
      const redisKeyPrefix = `incidentgraph-test-${Date.now()}`;
      const options = { ...testAppOptions(budget), redisUrl, redisKeyPrefix };
      const one = await serve(options);
      const two = await serve(options);
      const first = await post(one, { query: PLOTS });
      const second = await post(two, { query: PLOTS });
      const third = await post(one, { query: PLOTS });
      expect(first.body.extensions.cost.remaining).toBe(150 - PLOTS_COST);
      expect(second.body.extensions.cost.remaining).toBe(
        first.body.extensions.cost.remaining - PLOTS_COST,
      );
      expect(third.status).toBe(429);
    },
  );
});

describe('request shape limits', () => {
  const deep = (levels: number) =>
    `{ plots { nodes { ${'incidents { nodes { plot { '.repeat(levels)}name${' } } }'.repeat(levels)} } } }`;

  it.each([
    ['depth', deep(5), 'QUERY_TOO_DEEP', /nests fields \d+ deep, over the limit of 15/],
    [
      'aliases',
      `{ ${Array.from({ length: 31 }, (_, index) => `a${index}: plots(first: 1) { totalCount }`).join(' ')} }`,
      'TOO_MANY_ALIASES',
      /31 aliases, over the limit of 30/,
    ],
    [
      'directives',
      `{ plots(first: 1) { ${Array.from({ length: 21 }, (_, index) => `f${index % 2 ? 'a' : 'b'}${index}: totalCount @include(if: true)`).join(' ')} } }`,
      'TOO_MANY_DIRECTIVES',
      /21 directives, over the limit of 20/,
    ],
  ])('refuses too much %s with its own code, as 400', async (_label, query, code, message) => {
    const url = await serve(
      testAppOptions({ maxAliases: 30 + (code === 'TOO_MANY_DIRECTIVES' ? 100 : 0) }),
    );
    const response = await post(url, { query });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(message),
        extensions: expect.objectContaining({ code }),
      }),
    ]);
  });

  it('refuses a document with too many tokens (QUERY_TOO_LARGE)', async () => {
    const url = await serve(testAppOptions({ maxTokens: 200 }));
    const response = await post(url, {
      query: `{ ${'plots(first: 1) { totalCount } '.repeat(40)}}`,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_LARGE' } }),
    ]);
  });

  it('refuses a body over the size limit (PAYLOAD_TOO_LARGE, 413) and a body that is not JSON', async () => {
    const url = await serve(testAppOptions({ maxBodyBytes: 2048 }));
    const large = await post(url, {
      query: '{ plots { totalCount } }',
      variables: { padding: 'x'.repeat(5000) },
    });
    const broken = await post(url, '{"query": ');
    expect(large).toMatchObject({
      status: 413,
      body: { errors: [expect.objectContaining({ extensions: { code: 'PAYLOAD_TOO_LARGE' } })] },
    });
    expect(broken).toMatchObject({
      status: 400,
      body: { errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] },
    });
  });

  it('does not accept batched requests', async () => {
    const url = await serve(testAppOptions());
    const response = await post(url, [
      { query: '{ plots { totalCount } }' },
      { query: '{ plots { totalCount } }' },
    ]);
    expect(response.status).toBe(400);
  });
});

describe('errors and observability', () => {
  it('masks an unexpected database error, with a request id the client can quote and no SQL', async () => {
    const lines: string[] = [];
    const pino = (await import('pino')).default;
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const app = await createApp(api.dataSource, log, {
      ...testAppOptions(),
      statementsPerRequest: true,
    });
    const server = await listen(app.express, 0);
    running.push({
      app,
      server,
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    });
    await api.dataSource.query('ALTER TABLE places RENAME COLUMN "region" TO "region_moved"');
    try {
      const response = await post(running[running.length - 1].url, {
        query: '{ places { nodes { name region } } }',
      });
      const requestId = response.headers.get('x-request-id');
      expect(response.body.errors).toEqual([
        {
          message: 'Internal server error',
          path: ['places'],
          locations: expect.any(Array),
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|region_moved|QueryFailed|\.ts:\d/i);
      const logged = lines.map((line) => JSON.parse(line));
      expect(logged).toEqual(
        expect.arrayContaining([expect.objectContaining({ msg: 'unexpected error', requestId })]),
      );
      expect(logged).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            msg: 'graphql request',
            requestId,
            operationType: 'query',
            status: 200,
            cost: expect.any(Number),
            durationMs: expect.any(Number),
            statements: expect.any(Number),
            errors: ['INTERNAL_SERVER_ERROR'],
          }),
        ]),
      );
    } finally {
      await api.dataSource.query('ALTER TABLE places RENAME COLUMN "region_moved" TO "region"');
    }
  });

  it('turns a statement timeout into QUERY_TIMEOUT', async () => {
    const slow = createDataSource(
      new URL(
        api.dataSource.options.type === 'postgres'
          ? String((api.dataSource.options as { url?: string }).url)
          : '',
      ).toString(),
      undefined,
      { statementTimeoutMs: 100 },
    );
    await slow.initialize();
    try {
      const error = await slow.query('SELECT pg_sleep(2)').catch((caught: unknown) => caught);
      const formatted = createFormatError()({ message: 'x' }, error);
      expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      expect(formatted.message).toMatch(/took too long/);
    } finally {
      await slow.destroy();
    }
  });

  it('serves Prometheus metrics: requests, errors by code, latency, SQL statements, pool', async () => {
    const url = await serve(testAppOptions());
    const statementsSent = async () =>
      Number(
        /^incidentgraph_sql_statements_total (\d+)$/m.exec(
          await (await fetch(`${url}/metrics`)).text(),
        )?.[1],
      );
    const before = await statementsSent();
    await post(url, { query: PLOTS });
    expect(await statementsSent()).toBeGreaterThan(before);
    await post(url, { query: '{ plots(first: 101) { totalCount } }' });
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(
      /incidentgraph_graphql_requests_total\{operation="query",status="200"\} [1-9]/,
    );
    expect(text).toMatch(/incidentgraph_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(
      /incidentgraph_graphql_request_duration_seconds_count\{operation="query"\} 2/,
    );
    // Per request only when asked for (it costs every request AsyncLocalStorage's promise hooks).
    expect(text).toMatch(/incidentgraph_sql_statements_per_request_count 0/);
    expect(text).toMatch(/incidentgraph_db_pool_connections [0-9]/);
  });

  it("counts each request's SQL statements with SQL_STATEMENTS_PER_REQUEST", async () => {
    const url = await serve({ ...testAppOptions(), statementsPerRequest: true });
    await post(url, { query: PLOTS });
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(text).toMatch(/incidentgraph_sql_statements_per_request_count 1$/m);
    expect(
      Number(/^incidentgraph_sql_statements_per_request_sum (\d+)$/m.exec(text)?.[1]),
    ).toBeGreaterThan(0);
  });

  it('answers CORS preflight requests for browser clients', async () => {
    const url = await serve(testAppOptions());
    const response = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://newsroom.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
