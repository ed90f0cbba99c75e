import 'reflect-metadata';

import pino from 'pino';

import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import * as scenarios from './scenarios';

// node -r @swc-node/register --cpu-prof test/bench/profile.ts [rounds] [SCENARIO] [variables]: runs
// a scenario of scenarios.ts in-process to profile it, (b) by default. `variables` is a JSON object,
// or an array of them used in turn (e.g. '[{"query":"synagogue"},{"query":"Hosseini"}]' for SEARCH).
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.databaseUrl!);
  await dataSource.initialize();
  const app = await createApp(dataSource, pino({ level: 'warn' }), {
    ...config,
    limits: { ...config.limits, maxRequestCost: 1e6, hourlyCost: { anonymous: 1e9, key: 1e9 } },
    // As the bench runs it: every round does the work instead of answering from the cache.
    responseCacheSeconds: 0,
  });
  const rounds = Number(process.argv[2] ?? 30);
  const query = (scenarios as Record<string, unknown>)[process.argv[3] ?? 'PAGE_OF_INCIDENTS'];
  if (typeof query !== 'string') {
    throw new Error(`no scenario ${process.argv[3]} in scenarios.ts`);
  }
  const variables = [JSON.parse(process.argv[4] ?? '{}') as Record<string, unknown>].flat();
  const timings: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const response = await app.apollo.executeOperation(
      { query, variables: variables[round % variables.length] },
      { contextValue: app.createContext() },
    );
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    timings.push(ms);
    const cpuUsed = process.cpuUsage(cpuBefore);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    if (round % 10 === 0 || round === rounds - 1) {
      process.stdout.write(
        `${round}: ${ms.toFixed(1)} ms ${response.body.kind === 'single' && response.body.singleResult.errors ? 'ERR' : ''}\n`,
      );
    }
  }
  // The first third warms the JIT and the pools; the rest is what a running API costs.
  // Node's CPU per request is steadier than wall time on a shared machine.
  const warm = (values: number[]) => values.slice(Math.floor(rounds / 3)).sort((a, b) => a - b);
  const at = (values: number[], q: number) =>
    values[Math.min(values.length - 1, Math.floor(q * values.length))].toFixed(1);
  const [wall, cpuTimes] = [warm(timings), warm(cpu)];
  process.stdout.write(
    `warm, ${wall.length} rounds: wall p50 ${at(wall, 0.5)} ms, p95 ${at(wall, 0.95)} ms; API CPU p50 ${at(cpuTimes, 0.5)} ms, min ${at(cpuTimes, 0)} ms\n`,
  );
  await app.stop();
  await dataSource.destroy();
}

void main();
