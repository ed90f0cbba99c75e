import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { Role } from '../../graphql/principal';
import { createLogger } from '../../logger';
import { ApiKeyService } from './api-key.service';

const USAGE = 'usage: npm run keys:create -- --role VIEWER|EDITOR|ADMIN --name <what it is for>';

// Prints a new API key. The secret goes to stdout alone on its line, so scripts can capture it.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const role = values.role?.toUpperCase() as Role | undefined;
  if (!role || !Object.values(Role).includes(role) || !values.name?.trim()) {
    throw new Error(USAGE);
  }
  const config = loadConfig();
  const database = await openDatabase(config, createLogger('warn'));
  try {
    const { row, secret } = await database.dataSource.transaction((tx) =>
      new ApiKeyService().create(tx, values.name!.trim(), role),
    );
    process.stderr.write(
      `Created ${row.role} key "${row.name}" (${row.prefix}…). Store it now: it is not shown again.\n`,
    );
    process.stdout.write(`${secret}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
