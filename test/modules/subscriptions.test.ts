import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { listen } from '../../src/app';
import { PlaceEntity } from '../../src/modules/place';
import { PlotEntity, PlotStatus } from '../../src/modules/plot';
import { Confidence } from '../../src/shared/confidence.enum';
import { emptyFuzzyDateColumns } from '../../src/shared/fuzzy-date/fuzzy-date';
import { insertRecord } from '../../src/shared/upsert';
import { setUpWriteTests } from '../helpers/api';

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

function connect(connectionParams: Record<string, unknown> = {}) {
  const closed: number[] = [];
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
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
  const next = async (): Promise<Event> => {
    const { value, done } = await events.next();
    if (done || !value.data) {
      throw new Error(`subscription ended: ${JSON.stringify(value?.errors)}`);
    }
    return value.data.recordChanged;
  };
  return { next, stop: () => events.return?.() };
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
// first event comes back, then read past the other warm-up events up to a marker.
async function untilLive(subscription: ReturnType<typeof subscribe>): Promise<void> {
  let live = false;
  const first = subscription.next().then(() => (live = true));
  for (let attempt = 0; attempt < 50 && !live; attempt += 1) {
    await createPlot(`warm-up ${attempt}`);
    await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  await first;
  await createPlot('marker');
  while ((await subscription.next()).record?.name !== 'marker') {
    // a warm-up event
  }
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
