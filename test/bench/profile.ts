import 'reflect-metadata';

import pino from 'pino';

import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import * as scenarios from './scenarios';

// node -r @swc-node/register --cpu-prof test/bench/profile.ts: runs (b) in-process to profile it.
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl!);
  await dataSource.initialize();
  const app = await createApp(dataSource, pino({ level: 'warn' }), {
    ...config,
    limits: { ...config.limits, maxRequestCost: 1e6, hourlyCost: { anonymous: 1e9, key: 1e9 } },
  });
  const rounds = Number(process.argv[2] ?? 30);
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    const response = await app.apollo.executeOperation(
      {
        query: (scenarios as Record<string, unknown>)[
          process.argv[3] ?? 'PAGE_OF_INCIDENTS'
        ] as string,
      },
      { contextValue: app.createContext() },
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (round % 10 === 0 || round === rounds - 1) {
      process.stdout.write(
        `${round}: ${ms.toFixed(1)} ms ${response.body.kind === 'single' && response.body.singleResult.errors ? 'ERR' : ''}\n`,
      );
    }
  }
  await app.stop();
  await dataSource.destroy();
}

void main();
