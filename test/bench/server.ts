import 'reflect-metadata';

import pino from 'pino';

import { createApp, listen } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';

// The API under test, in its own process so that its RSS is measured apart from the load
// generator. Started by run.ts with IPC; it reports its port and exits when the parent goes.

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new Error('DATABASE_URL is not set');
  }
  const dataSource = createDataSource(config.databaseUrl, undefined, {
    statementTimeoutMs: config.limits.statementTimeoutMs,
  });
  await dataSource.initialize();
  // Cold by default: every request does the work. --response-cache measures the warm path.
  const responseCacheSeconds = process.argv.includes('--response-cache') ? 300 : 0;
  // Room for the bench: a page of 100 incidents with nested lists costs a few thousand, and a
  // 10-second run at hundreds of requests per second spends millions per hour. Defaults stay as they are.
  const app = await createApp(dataSource, pino({ level: 'warn' }), {
    ...config,
    limits: {
      ...config.limits,
      maxRequestCost: 1_000_000,
      hourlyCost: { anonymous: 1_000_000_000, key: 1_000_000_000 },
    },
    responseCacheSeconds,
  });
  const server = await listen(app.express, 0);
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('disconnect', () => process.exit(0));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench server failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
