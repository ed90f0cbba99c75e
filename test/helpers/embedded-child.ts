import { Client } from 'pg';
import pino from 'pino';

import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

// Run as a separate process by test/embedded-postgres.test.ts:
//   embedded-child.ts <dataDir> <port> hold  -> start, print READY, wait to be killed
//   embedded-child.ts <dataDir> <port> once  -> start, query, print OK, stop
async function main(): Promise<void> {
  const [dataDir, port, mode] = process.argv.slice(2);
  const database = await startEmbeddedPostgres({
    dataDir,
    port: Number(port),
    database: 'probe',
    log: pino({ level: 'warn' }),
  });
  if (mode === 'hold') {
    process.stdout.write('READY\n');
    setInterval(() => undefined, 1000);
    return;
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query('SELECT 1 AS one');
  await client.end();
  await database.stop();
  process.stdout.write(`OK ${rows[0].one}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`FAILED ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
