import { connect } from 'node:net';

const VARIABLE = 'INCIDENTGRAPH_TEST_REDIS';

/**
 * Redis is optional (budgets fall back to memory), so tests that need it run only where one
 * answers: TEST_REDIS_URL, or the usual 127.0.0.1:6379.
 */
export async function probeRedis(): Promise<void> {
  const url = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  const reachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: url.hostname, port: Number(url.port || 6379), timeout: 500 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
  process.env[VARIABLE] = reachable ? url.toString() : '';
  if (!reachable) {
    process.stdout.write(`\nNo Redis at ${url.host}: tests of Redis-shared budgets are skipped.\n`);
  }
}

/** The Redis URL tests may use, or undefined when none answered. */
export function testRedisUrl(): string | undefined {
  return process.env[VARIABLE] || undefined;
}
