import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createApp, listen, type App } from '../src/app';
import { createDataSource } from '../src/db/data-source';
import { Role } from '../src/graphql/principal';
import { shutDown } from '../src/shutdown';
import { createTestApi, silentLog, testAppOptions, type TestApi } from './helpers/api';
import { postGraphQL as post } from './helpers/http';
import { TcpProxy } from './helpers/tcp-proxy';
import { testDatabaseConnectionUrl } from './setup/test-database';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});

afterAll(async () => {
  await api.close();
});

const count = async (table: string) =>
  Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('when PostgreSQL goes away', () => {
  let proxy: TcpProxy;
  let app: App;
  let server: Server;
  let url: string;

  beforeEach(async () => {
    const target = new URL(testDatabaseConnectionUrl());
    proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const viaProxy = Object.assign(new URL(target), { host: `127.0.0.1:${proxy.port}` }).toString();
    const dataSource = createDataSource(viaProxy);
    await dataSource.initialize();
    app = await createApp(dataSource, silentLog, testAppOptions());
    server = await listen(app.express, 0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.stop = ((stop) => async () => {
      await stop();
      await dataSource.destroy();
    })(app.stop);
  });

  afterEach(async () => {
    await proxy.stop();
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
  });

  it('fails fast with SERVICE_UNAVAILABLE (503), reports not ready, stays up, and recovers by itself', async () => {
    expect((await post(url, { query: '{ plots { totalCount } }' })).status).toBe(200);

    await proxy.stop();
    const started = Date.now();
    const down = await post(url, { query: '{ plots { totalCount } }' });
    const elapsed = Date.now() - started;
    expect(down.status).toBe(503);
    expect(down.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }),
    ]);
    expect(elapsed).toBeLessThan(10_000);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    await proxy.start();
    let recovered = 0;
    for (let attempt = 0; attempt < 10 && recovered !== 200; attempt += 1) {
      recovered = (await post(url, { query: '{ plots { totalCount } }' })).status;
    }
    expect(recovered).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('leaves nothing half-written when the connection drops inside a mutation', async () => {
    const editor = await api.as(Role.EDITOR);
    const [plots, log] = [await count('plots'), await count('change_log')];
    // Cut the connection when the change-log entry is sent: the plot row was already inserted.
    proxy.dropWhen = /INSERT INTO "change_log"/;
    const response = await post(
      url,
      {
        query: 'mutation ($input: CreatePlotInput!) { createPlot(input: $input) { plot { id } } }',
        variables: {
          input: { name: 'Cut', summary: 'S', status: 'PLANNED', confidence: 'ALLEGED' },
        },
      },
      { authorization: `Bearer ${editor.secret}` },
    );
    expect(response.status).toBe(503);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }),
    ]);
    expect([await count('plots'), await count('change_log')]).toEqual([plots, log]);
  });
});

describe('graceful shutdown', () => {
  it('lets an in-flight request finish before closing, then stops the app', async () => {
    const app = await createApp(api.dataSource, silentLog, testAppOptions());
    const server = await listen(app.express, 0);
    const port = (server.address() as AddressInfo).port;
    const body = JSON.stringify({ query: '{ plots { totalCount } }' });
    let stopped = false;

    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(
        {
          port,
          path: '/graphql',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (incoming) => {
          let text = '';
          incoming.on('data', (chunk) => (text += chunk));
          incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      // Half the body now: the request is in flight when shutdown begins.
      request.write(body.slice(0, 10));
      setTimeout(() => request.end(body.slice(10)), 300);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shutdown = shutDown(
      server,
      [{ stop: async () => void (stopped = true) }],
      silentLog,
      5000,
    );

    const answered = await response;
    await shutdown;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text).data.plots.totalCount).toEqual(expect.any(Number));
    expect(stopped).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    await app.stop();
  });
});
