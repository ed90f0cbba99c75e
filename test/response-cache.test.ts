import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp, listen, type App } from '../src/app';
import { Role } from '../src/graphql/principal';
import { createTestApi, silentLog, testAppOptions, truncateAll, type TestApi } from './helpers/api';
import { testRedisUrl } from './setup/redis-probe';

let api: TestApi;
const running: { app: App; server: Server }[] = [];

beforeAll(async () => {
  api = await createTestApi();
});

beforeEach(async () => {
  await truncateAll(api.dataSource);
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

/** An API process with the response cache on (in memory, or in Redis when given). */
async function serve(
  redisUrl?: string,
  redisKeyPrefix = `incidentgraph-test-${process.pid}-${Date.now()}`,
): Promise<{ app: App; url: string }> {
  const app = await createApp(api.dataSource, silentLog, {
    ...testAppOptions(),
    responseCacheSeconds: 300,
    redisUrl,
    redisKeyPrefix,
  });
  const server = await listen(app.express, 0);
  running.push({ app, server });
  return { app, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

async function post(url: string, query: string, variables: object = {}, secret?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret ? { authorization: `Bearer ${secret}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown[] };
  // Apollo's response cache answers hits with an Age header.
  return {
    data: body.data,
    errors: body.errors,
    cached: response.headers.has('age'),
    cacheControl: response.headers.get('cache-control'),
  };
}

async function createIncident(url: string, secret: string, title: string) {
  const { data } = await post(url, CREATE, { input: { ...INCIDENT, title } }, secret);
  return data.createIncident.incident as { id: string; version: number };
}

describe('response cache', () => {
  it('serves a repeated anonymous list from the cache, and a committed update at once', async () => {
    const { url } = await serve();
    const editor = await api.as(Role.EDITOR);
    const incident = await createIncident(url, editor.secret, 'Before');

    const first = await post(url, LIST);
    const second = await post(url, LIST);
    expect([first, second]).toEqual([
      {
        data: { incidents: { nodes: [{ title: 'Before' }] } },
        errors: undefined,
        cached: false,
        cacheControl: 'max-age=300, public',
      },
      {
        data: { incidents: { nodes: [{ title: 'Before' }] } },
        errors: undefined,
        cached: true,
        cacheControl: 'max-age=300, public',
      },
    ]);

    const update = await post(
      url,
      UPDATE,
      { input: { id: incident.id, expectedVersion: incident.version, title: 'After' } },
      editor.secret,
    );
    expect(update.data.updateIncident.userErrors).toEqual([]);
    expect(await post(url, LIST)).toMatchObject({
      data: { incidents: { nodes: [{ title: 'After' }] } },
      errors: undefined,
      cached: false,
    });
  });

  it('keeps the change feed and mutations out of every cache, and tells HTTP caches so', async () => {
    const { url } = await serve();
    const editor = await api.as(Role.EDITOR);
    // Through a fragment too: the policy follows every type the document can reach.
    const feed = `{ incidents(first: 1) { nodes { title } } ...Feed }
      fragment Feed on Query { changes(first: 5) { nodes { kind } } }`;
    expect(await post(url, feed)).toMatchObject({ cached: false, cacheControl: 'no-store' });
    expect(await post(url, feed)).toMatchObject({ cached: false, cacheControl: 'no-store' });

    const created = await post(
      url,
      CREATE,
      { input: { ...INCIDENT, title: 'New' } },
      editor.secret,
    );
    expect(created.cacheControl).toBe('no-store');
    // A keyed caller's answer may hold what anonymous ones cannot see: never for shared caches.
    expect(await post(url, LIST, {}, editor.secret)).toMatchObject({
      cached: false,
      cacheControl: 'max-age=300, private',
    });
    expect(await post(url, '{ incidents(first: 0) { nodes { nope } } }')).toMatchObject({
      cacheControl: 'no-store',
    });
  });

  it('never answers a caller with an API key from the shared cache', async () => {
    const { url } = await serve();
    const viewer = await api.as(Role.VIEWER);
    await post(url, LIST);
    await post(url, LIST);
    expect(await post(url, LIST, {}, viewer.secret)).toMatchObject({ cached: false });
    expect(await post(url, LIST, {}, viewer.secret)).toMatchObject({ cached: false });
  });

  const withRedis = testRedisUrl() ? it : it.skip;
  withRedis('shares cache and invalidation between API processes through Redis', async () => {
    // Two processes of one deployment: same Redis, same key prefix.
    const prefix = `incidentgraph-test-${process.pid}-${Date.now()}`;
    const one = await serve(testRedisUrl(), prefix);
    const { url: two } = await serve(testRedisUrl(), prefix);
    const editor = await api.as(Role.EDITOR);
    const incident = await createIncident(one.url, editor.secret, 'Before');

    await post(one.url, LIST);
    expect(await post(two, LIST)).toMatchObject({ cached: true });
    await post(
      one.url,
      UPDATE,
      { input: { id: incident.id, expectedVersion: incident.version, title: 'After' } },
      editor.secret,
    );
    expect(await post(two, LIST)).toMatchObject({
      data: { incidents: { nodes: [{ title: 'After' }] } },
      errors: undefined,
      cached: false,
    });
  });
});

const INCIDENT = { type: 'SHOOTING', outcome: 'COMPLETED', confidence: 'REPORTED' };

const LIST = `{ incidents(first: 5) { nodes { title } } }`;

const CREATE = `mutation ($input: CreateIncidentInput!) {
  createIncident(input: $input) { incident { id version } userErrors { code } }
}`;

const UPDATE = `mutation ($input: UpdateIncidentInput!) {
  updateIncident(input: $input) { incident { title } userErrors { code } }
}`;
