import 'reflect-metadata';

import { createApp, listen } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/database';
import { createLogger } from './logger';
import { ensureBootstrapAdminKey } from './modules/auth';
import { seedDatabase } from './seed/seed';
import { shutDown } from './shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  if (config.adminApiKey) {
    await ensureBootstrapAdminKey(database.dataSource, config.adminApiKey, log);
  }
  if (config.seedOnStart) {
    const summary = await seedDatabase(database.dataSource);
    log.info({ seed: summary }, 'dataset loaded');
  }
  const app = await createApp(database.dataSource, log, config);
  const server = await listen(app.express, config.port);
  await app.attachWebSockets(server);
  log.info(
    { port: config.port, graphql: `http://localhost:${config.port}/graphql` },
    'Incidentgraph is listening',
  );

  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await shutDown(server, [app, { stop: database.close }], log);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // Start-up failures are for the operator: print the reason plainly, then exit non-zero.
  process.stderr.write(
    `Incidentgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
