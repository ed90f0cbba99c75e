import { readFileSync } from 'node:fs';
import path from 'node:path';

import { seedDatabase } from '../src/seed/seed';
import { createTestApi, truncateAll, type TestApi } from './helpers/api';

/**
 * Each query example in the README's graphql blocks: comment lines followed by one operation.
 * Mutation examples need an API key and real ids, so they are documentation only.
 */
function readmeExamples(): { title: string; document: string }[] {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks.flatMap((block) =>
    block
      .split(/\n\n(?=# )/)
      .map((chunk) => chunk.trim())
      .filter((chunk) => chunk.length > 0)
      .map((chunk) => {
        const lines = chunk.split('\n');
        const title = lines.filter((line) => line.startsWith('#')).join(' ');
        return { title, document: lines.filter((line) => !line.startsWith('#')).join('\n') };
      })
      .filter((example) => !example.document.trimStart().startsWith('mutation')),
  );
}

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await truncateAll(api.dataSource);
  await seedDatabase(api.dataSource);
});

afterAll(async () => {
  await api.close();
});

describe('README examples', () => {
  const examples = readmeExamples();

  it('are there to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.title, example.document]))(
    '%s runs without errors and finds data',
    async (_title, document) => {
      const result = await api.query(document);
      expect(result.errors).toBeUndefined();
      // Every example is written against the shipped dataset, so each must find something (a non-empty list of objects).
      expect(JSON.stringify(result.data)).toMatch(/:\[\{/);
    },
  );
});
