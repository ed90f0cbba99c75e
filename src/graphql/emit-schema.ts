import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { buildAppSchema, printAppSchema } from './schema';

export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema.graphql');

async function main(): Promise<void> {
  writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}

if (require.main === module) {
  void main();
}
