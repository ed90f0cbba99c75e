import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { listen } from '../../src/app';
import { CostBudget } from '../../src/graphql/limits/budget';
import { Role } from '../../src/graphql/principal';
import { PlaceEntity } from '../../src/modules/place';
import { PlotEntity, PlotStatus } from '../../src/modules/plot';
import { Confidence } from '../../src/shared/confidence.enum';
import { emptyFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { insertRecord } from '../../src/shared/upsert';
import { createTestApi, setUpWriteTests, testAppOptions, type TestApi } from '../helpers/api';

const context = setUpWriteTests();
let server: Server;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = await listen(context.api.app.express, 0);
  await context.api.app.attachWebSockets(server);
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await context.api.app.stop();
  await new Promise((resolve) => server.close(resolve));
});

function connect(
  connectionParams: Record<string, unknown> = {},
  to = url,
  headers?: Record<string, string>,
) {
  const closed: number[] = [];
  // The upgrade request's headers, as a proxy in front would add them.
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: to,
    webSocketImpl: headers ? WithHeaders : WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: { closed: (event) => closed.push((event as { code: number }).code) },
  });
  clients.push(client);
  return { client, closed };
}

interface Event {
  action: string;
  kind: string;
  changedBy: string;
  record: { name?: string } | null;
}

/** A live subscription whose events are read one at a time. */
function subscribe(client: Client, kinds: string[]) {
  const events = client.iterate<{ recordChanged: Event }>({
    query: RECORD_CHANGED,
    variables: { kinds },
  });
  /** The next message whole, errors and all. */
  const result = async () => {
    const { value, done } = await events.next();
    if (done) {
      throw new Error('subscription ended');
    }
    return value;
  };
  const next = async (): Promise<Event> => {
    const value = await result();
    if (!value.data) {
      throw new Error(`subscription ended: ${JSON.stringify(value.errors)}`);
    }
    return value.data.recordChanged;
  };
  return { next, result, stop: () => events.return?.() };
}

const plotValues = (name: string) => ({
  name,
  summary: 'A plot.',
  status: PlotStatus.FOILED,
  period: emptyFuzzyDateColumns(),
  disclosed: emptyFuzzyDateColumns(),
  targetKinds: [],
  targetCountries: [],
  confidence: Confidence.REPORTED,
});

const createPlot = (name: string) =>
  context.api.dataSource.transaction((tx) =>
    insertRecord(tx, PlotEntity, 'Plot', plotValues(name), 'test'),
  );

// The server registers a subscription a moment after the client sends it: write until the
// first event comes back, then read past the other warm-up events up to a marker. Returns how
// many events were read.
async function untilLive(subscription: ReturnType<typeof subscribe>): Promise<number> {
  let live = false;
  const first = subscription.next().then(() => (live = true));
  for (let attempt = 0; attempt < 50 && !live; attempt += 1) {
    await createPlot(`warm-up ${attempt}`);
    await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  await first;
  await createPlot('marker');
  let events = 2;
  while ((await subscription.next()).record?.name !== 'marker') {
    events += 1; // a warm-up event
  }
  return events;
}

describe('recordChanged subscription (graphql-ws)', () => {
  it('announces committed changes, after the commit and in commit order, filtered by kind', async () => {
    const { client } = connect();
    const subscription = subscribe(client, ['PLOT']);
    await untilLive(subscription);

    // A change inside a transaction that has not committed yet is not announced; one that
    // commits meanwhile is, first.
    let releaseSlow!: () => void;
    const slowWritten = new Promise<void>((resolve) => (releaseSlow = resolve));
    let commitSlow!: () => void;
    const slowMayCommit = new Promise<void>((resolve) => (commitSlow = resolve));
    const slow = context.api.dataSource.transaction(async (tx) => {
      await insertRecord(
        tx,
        PlotEntity,
        'Plot',
        plotValues('written first, committed last'),
        'test',
      );
      releaseSlow();
      await slowMayCommit;
    });
    await slowWritten;
    // Rolled back: never announced.
    await context.api.dataSource
      .transaction(async (tx) => {
        await insertRecord(tx, PlotEntity, 'Plot', plotValues('rolled back'), 'test');
        throw new Error('roll back');
      })
      .catch(() => undefined);
    // Another kind: filtered out.
    await context.api.dataSource.transaction((tx) =>
      insertRecord(tx, PlaceEntity, 'Place', { name: 'A place', countryCode: 'FR' }, 'test'),
    );
    const { data } = await context.editor.query(CREATE_PLOT, {
      input: { name: 'Through the API', summary: 'x', status: 'FOILED', confidence: 'REPORTED' },
    });
    expect(data?.createPlot.userErrors).toEqual([]);

    expect(await subscription.next()).toEqual({
      action: 'CREATED',
      kind: 'PLOT',
      changedBy: context.editor.keyId,
      record: { name: 'Through the API' },
    });
    commitSlow();
    await slow;
    expect(await subscription.next()).toMatchObject({
      action: 'CREATED',
      record: { name: 'written first, committed last' },
    });

    const id = data!.createPlot.plot.id;
    await context.admin.query(DELETE_PLOT, { input: { id } });
    expect(await subscription.next()).toEqual({
      action: 'DELETED',
      kind: 'PLOT',
      changedBy: context.admin.keyId,
      record: null,
    });
    await subscription.stop();
  });

  it('refuses a connection with a bad API key, and queries over the WebSocket', async () => {
    const { client, closed } = connect({ authorization: 'Bearer ig_not_a_key' });
    await expect(subscribe(client, ['PLOT']).next()).rejects.toBeDefined();
    expect(closed).toEqual([4403]);

    const anonymous = connect().client;
    const result = anonymous.iterate({ query: '{ plots(first: 1) { totalCount } }' });
    await expect(result.next()).rejects.toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } }),
    ]);
  });
});

describe('limits over the WebSocket', () => {
  // An app of its own with small limits; it shares the test database with the one above.
  let limited: TestApi;
  let limitedServer: Server;
  let limitedUrl: string;
  let limitedHttp: string;

  beforeAll(async () => {
    limited = await createTestApi({
      ...testAppOptions({
        maxTokens: 200,
        maxDepth: 5,
        maxRequestCost: 100,
        maxBodyBytes: 4096,
        maxSubscriptionsPerConnection: 2,
        hourlyCost: { anonymous: 3, key: 10_000 },
      }),
      trustProxyHops: 1,
    });
    limitedServer = await listen(limited.app.express, 0);
    await limited.app.attachWebSockets(limitedServer);
    const { port } = limitedServer.address() as AddressInfo;
    limitedUrl = `ws://127.0.0.1:${port}/graphql`;
    limitedHttp = `http://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await limited.close();
    await new Promise((resolve) => limitedServer.close(resolve));
  });

  const connectLimited = (secret?: string) =>
    connect(secret ? { authorization: `Bearer ${secret}` } : {}, limitedUrl);

  /** What the caller has left of its hourly budget, from a free request over HTTP. */
  const remainingBudget = async (secret?: string, forwardedFor?: string): Promise<number> => {
    const response = await fetch(limitedHttp, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { authorization: `Bearer ${secret}` } : {}),
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await response.json()) as { extensions: { cost: { remaining: number } } };
    return body.extensions.cost.remaining;
  };

  /**
   * The anonymous budget left (by the proxy-given address, if any) once the server has taken a
   * subscription just sent: read until it reaches `expected`, for up to 2.5 s.
   */
  const remainingOnceTaken = async (expected: number, forwardedFor?: string) => {
    let remaining = await remainingBudget(undefined, forwardedFor);
    for (let attempt = 0; attempt < 50 && remaining !== expected; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      remaining = await remainingBudget(undefined, forwardedFor);
    }
    return remaining;
  };

  /** The errors a refused subscription gets (its first message). */
  const refusal = async (client: Client, query: string, variables?: Record<string, unknown>) => {
    try {
      await client.iterate({ query, variables }).next();
    } catch (errors) {
      return errors as { message: string; extensions?: Record<string, unknown> }[];
    }
    throw new Error('the subscription was accepted');
  };

  it('pays from the hourly budget when it starts and for every event it is sent', async () => {
    // recordChanged and record cost 1 each. Anonymous clients have 3 an hour here: the first
    // subscription spends 2 when the server takes it (seen over HTTP, by the same address)...
    const anonymous = connectLimited().client;
    const quiet = subscribe(anonymous, ['SANCTION']);
    expect(await remainingOnceTaken(1)).toBe(1);
    // ...so a second is refused, says when to retry, and spends nothing.
    expect(await refusal(anonymous, RECORD_CHANGED, { kinds: ['PLOT'] })).toEqual([
      expect.objectContaining({
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      }),
    ]);
    expect(await remainingBudget()).toBe(1);
    await quiet.stop();

    // Behind the trusted proxy, another client (by X-Forwarded-For) pays from its own budget.
    const elsewhere = subscribe(
      connect({}, limitedUrl, { 'x-forwarded-for': '203.0.113.7' }).client,
      ['SANCTION'],
    );
    expect(await remainingOnceTaken(1, '203.0.113.7')).toBe(1);
    expect(await remainingBudget()).toBe(1);
    await elsewhere.stop();

    // A key pays 2 more for each event its subscription is sent.
    const viewer = await limited.as(Role.VIEWER);
    const subscription = subscribe(connectLimited(viewer.secret).client, ['PLOT']);
    const events = await untilLive(subscription);
    expect(await remainingBudget(viewer.secret)).toBe(10_000 - 2 - 2 * events);
    await subscription.stop();
  });

  it('refuses a subscription over the limits of a request, with the same codes', async () => {
    const { client } = connectLimited();
    const expectCode = async (query: string, code: string, variables?: Record<string, unknown>) => {
      const errors = await refusal(client, query, variables);
      expect(errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
      ]);
      // Nothing meant for HTTP, nothing from inside the server.
      expect(errors[0].extensions).not.toHaveProperty('http');
      expect(errors[0].extensions).not.toHaveProperty('stacktrace');
      return errors[0];
    };

    await expectCode('subscription { recordChanged { action ', 'GRAPHQL_PARSE_FAILED');
    await expectCode(
      `subscription { recordChanged { ${'action '.repeat(200)} } }`,
      'QUERY_TOO_LARGE',
    );
    await expectCode('subscription { recordChanged { nope } }', 'GRAPHQL_VALIDATION_FAILED');
    await expectCode(
      'subscription ($kinds: [RecordKind!]) { recordChanged(kinds: $kinds) { action } }',
      'BAD_USER_INPUT',
      { kinds: ['NOT_A_KIND'] },
    );
    await expectCode(
      'subscription { recordChanged { record { ... on Actor { incidents { nodes { place { name } } } } } } }',
      'QUERY_TOO_DEEP',
    );
    const tooCostly = await expectCode(
      'subscription { recordChanged { record { ... on Actor { incidents(first: 100) { nodes { title } } } } } }',
      'QUERY_TOO_COMPLEX',
    );
    expect(tooCostly.extensions).toMatchObject({ cost: { requested: 103, limit: 100 } });
  });

  it('lets one connection hold a limited number of subscriptions at once', async () => {
    const viewer = await limited.as(Role.VIEWER);
    const { client } = connectLimited(viewer.secret);
    const first = subscribe(client, ['PLOT']);
    const second = subscribe(client, ['PLOT']);
    await untilLive(first);
    await untilLive(second);
    expect(await refusal(client, RECORD_CHANGED, { kinds: ['PLOT'] })).toEqual([
      expect.objectContaining({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 2 } }),
    ]);
    // Completing one makes room; another connection has room of its own.
    await second.stop();
    const third = subscribe(client, ['PLOT']);
    await untilLive(third);
    const other = subscribe(connectLimited(viewer.secret).client, ['PLOT']);
    await untilLive(other);
    await Promise.all([first.stop(), third.stop(), other.stop()]);
  });

  it('answers an event that fails inside the server with a masked error, as over HTTP', async () => {
    const viewer = await limited.as(Role.VIEWER);
    const subscription = subscribe(connectLimited(viewer.secret).client, ['PLOT']);
    await untilLive(subscription);
    // The plot's event is announced once the transaction commits, by when the column its record
    // is read from has another name: reading it fails in PostgreSQL.
    const { dataSource } = limited;
    await dataSource.transaction(async (tx) => {
      await insertRecord(tx, PlotEntity, 'Plot', plotValues('unreadable'), 'test');
      await tx.query('ALTER TABLE plots RENAME COLUMN name TO name_elsewhere');
    });
    try {
      const { data, errors } = await subscription.result();
      expect(data?.recordChanged).toMatchObject({ action: 'CREATED', record: null });
      expect(errors).toEqual([
        {
          message: 'Internal server error',
          path: ['recordChanged', 'record'],
          locations: expect.any(Array),
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        },
      ]);
    } finally {
      await dataSource.query('ALTER TABLE plots RENAME COLUMN name_elsewhere TO name');
    }
    await subscription.stop();
  });

  it('answers a failure while taking a subscription with a masked error, and keeps the connection', async () => {
    const viewer = await limited.as(Role.VIEWER);
    const { client, closed } = connectLimited(viewer.secret);
    // A live subscription keeps the connection open (graphql-ws clients close an idle one).
    const keeper = subscribe(client, ['PLOT']);
    await untilLive(keeper);
    // The budget's store failing in a way it does not handle (it falls back from Redis to memory).
    const spend = jest
      .spyOn(CostBudget.prototype, 'spend')
      .mockRejectedValueOnce(new Error('store unreachable at 10.0.0.7:6379'));
    try {
      expect(await refusal(client, RECORD_CHANGED, { kinds: ['PLOT'] })).toEqual([
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
    } finally {
      spend.mockRestore();
    }
    const next = subscribe(client, ['PLOT']);
    await untilLive(next);
    expect(closed).toEqual([]);
    await Promise.all([keeper.stop(), next.stop()]);
  });

  it('closes a connection whose message is over the body size limit', async () => {
    const { client, closed } = connectLimited();
    const query = `# ${'x'.repeat(5000)}\n${RECORD_CHANGED}`;
    await expect(client.iterate({ query }).next()).rejects.toBeDefined();
    expect(closed).toEqual([1009]);
  });
});

const RECORD_CHANGED = `
  subscription ($kinds: [RecordKind!]) {
    recordChanged(kinds: $kinds) {
      action
      kind
      changedBy
      record { ... on Plot { name } }
    }
  }
`;

const CREATE_PLOT = `
  mutation ($input: CreatePlotInput!) {
    createPlot(input: $input) { plot { id } userErrors { field message } }
  }
`;

const DELETE_PLOT = `
  mutation ($input: DeletePlotInput!) {
    deletePlot(input: $input) { plot { id } userErrors { field message } }
  }
`;
