import { execFile } from 'node:child_process';
import path from 'node:path';

import ts from 'typescript';

import { IDE_EXAMPLES } from '../../src/modules/ide';

const SCHEMA = path.join(__dirname, '..', '..', 'schema.graphql');

/** `generate(config, false)` of @graphql-codegen/cli, run by codegen-child.mjs. */
function generate(config: object): Promise<{ filename: string; content: string }[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'codegen-child.mjs')],
      { cwd: path.join(__dirname, '..', '..'), maxBuffer: 50_000_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(JSON.stringify(config));
  });
}

const MUTATION = /* GraphQL */ `
  mutation RenamePlot($input: UpdatePlotInput!) {
    updatePlot(input: $input) {
      plot {
        id
        codename
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

describe('GraphQL Code Generator', () => {
  it('generates typed operations from schema.graphql for the saved examples and a mutation', async () => {
    const documents = [...IDE_EXAMPLES.map((example) => example.query), MUTATION];
    // typescript-operations 6 writes the schema types an operation needs itself, so the full
    // schema types (typescript plugin) go to a file of their own.
    const outputs = await generate({
      schema: SCHEMA,
      documents,
      generates: {
        'schema-types.ts': { plugins: ['typescript'], config: { enumsAsTypes: true } },
        'operations.ts': { plugins: ['typescript-operations'] },
      },
      silent: true,
    });
    expect(outputs.map((file) => file.filename).sort()).toEqual([
      'operations.ts',
      'schema-types.ts',
    ]);
    const output = outputs.find((file) => file.filename === 'operations.ts')!;
    const schemaTypes = outputs.find((file) => file.filename === 'schema-types.ts')!;
    expect(schemaTypes.content).toContain('export type WeaponsTransfer = Node & {');
    for (const name of [
      'IranPlotsAgainstJewishCommunitiesQuery',
      'ActorDossierQueryVariables',
      'LongBelgianSentencesQuery',
      'RenamePlotMutation',
      'RenamePlotMutationVariables',
    ]) {
      expect(output.content).toContain(`export type ${name} =`);
    }

    // The generated file must itself type-check, together with code that uses it.
    const usage = `
      import type { LongBelgianSentencesQuery, RenamePlotMutationVariables } from './operations';
      import type { Sentence } from './schema-types';
      export const sameTerm = (sentence: Sentence): number | null | undefined => sentence.termMonths;
      declare const result: LongBelgianSentencesQuery;
      export const months: Array<number | null | undefined> = result.sentences.nodes.map((node) => node.termMonths);
      export const input: RenamePlotMutationVariables = { input: { id: 'x', expectedVersion: 1, codename: 'Marco Polo' } };
    `;
    const files: Record<string, string> = {
      'operations.ts': output.content,
      'schema-types.ts': schemaTypes.content,
      'usage.ts': usage,
    };
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      skipLibCheck: true,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => files[path.basename(name)] ?? readFile(name);
    host.fileExists = (name) => path.basename(name) in files || fileExists(name);
    host.getSourceFile = (name, language) => {
      const text = host.readFile(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    };
    const program = ts.createProgram(Object.keys(files), options, host);
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter(
        (diagnostic) =>
          diagnostic.file &&
          diagnostic.file.fileName.endsWith('.ts') &&
          !diagnostic.file.fileName.includes('node_modules'),
      )
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
