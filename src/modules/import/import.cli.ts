import 'reflect-metadata';

import { loadConfig } from '../../config';
import { openDatabase } from '../../db/database';
import { buildAppSchema } from '../../graphql/schema';
import { createLogger } from '../../logger';
import { parseImportArguments, runImport, UsageError } from './import-command';

// npm run import -- <file.csv|file.ndjson> --kind incident [--dry-run]
async function main(): Promise<number> {
  const args = parseImportArguments(process.argv.slice(2));
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const database = await openDatabase(config, log);
  try {
    const schema = await buildAppSchema();
    return await runImport(database.dataSource.manager, schema, args, log, (line) =>
      process.stderr.write(`${line}\n`),
    );
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `import failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
