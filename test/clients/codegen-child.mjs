// Runs GraphQL Code Generator's programmatic API in a plain Node process: its ESM-only
// dependencies cannot load inside Jest's CommonJS sandbox. Reads the config as JSON on stdin,
// prints the generated files as JSON on stdout.
import process from 'node:process';

import { generate } from '@graphql-codegen/cli';

let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
}
const files = await generate(JSON.parse(input), false);
process.stdout.write(JSON.stringify(files));
