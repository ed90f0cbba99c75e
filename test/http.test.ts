import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { auditServer } from 'graphql-http';

import { createApp, listen, type App } from '../src/app';
import { createDataSource } from '../src/db/data-source';
import { createTestApi, silentLog, testAppOptions, type TestApi } from './helpers/api';

let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  api = await createTestApi();
  server = await listen(api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP', () => {
  it('answers /healthz and /readyz while the database is reachable', async () => {
    const health = await fetch(`${base}/healthz`);
    const ready = await fetch(`${base}/readyz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('reports not ready (503) when the database cannot be reached, while staying up', async () => {
    const unreachable = createDataSource('postgres://postgres@127.0.0.1:1/none');
    let app: App | undefined;
    let other: Server | undefined;
    try {
      app = await createApp(unreachable, silentLog, testAppOptions());
      other = await listen(app.express, 0);
      const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
      const ready = await fetch(`${url}/readyz`);
      const health = await fetch(`${url}/healthz`);
      expect([ready.status, health.status]).toEqual([503, 200]);
    } finally {
      await new Promise((resolve) => other?.close(resolve));
      await app?.stop();
    }
  });

  it('serves queries over POST with a request id header', async () => {
    const response = await post({ query: '{ plots(first: 1) { totalCount } }' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({
      data: { plots: { totalCount: expect.any(Number) } },
      extensions: { cost: expect.objectContaining({ requested: 1 }) },
    });
  });

  it('serves queries over GET when the client sends the CSRF-prevention header', async () => {
    const query = encodeURIComponent('{ plots(first: 1) { totalCount } }');
    const blocked = await fetch(`${base}/graphql?query=${query}`);
    const allowed = await fetch(`${base}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(blocked.status).toBe(400);
    expect(allowed.status).toBe(200);
  });

  it('answers a malformed query with a parse error code and no stack trace', async () => {
    const response = await post({ query: '{ plots(first: ' });
    const body: any = await response.json();
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('answers a request without a query as a bad request, not a server error', async () => {
    const response = await post({ query: '' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })],
    });
  });

  it('passes the GraphQL-over-HTTP conformance audit with no errors', async () => {
    const results = await auditServer({ url: `${base}/graphql`, fetchFn: fetch });
    const failures = results.flatMap((result) =>
      result.status === 'error' ? [`${result.id} ${result.name}: ${result.reason}`] : [],
    );
    expect(results.length).toBeGreaterThan(50);
    expect(failures).toEqual([]);
  });
});
