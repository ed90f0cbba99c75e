import { setUpSeededTests } from './helpers/api';
import { readmeExamples } from './helpers/readme';

const t = setUpSeededTests();

describe('README examples', () => {
  const examples = readmeExamples();

  it('are there to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.title, example.document]))(
    '%s runs without errors and finds data',
    async (_title, document) => {
      const result = await t.api.query(document);
      expect(result.errors).toBeUndefined();
      // Every example is written against the shipped dataset, so each must find something (a non-empty list of objects).
      expect(JSON.stringify(result.data)).toMatch(/:\[\{/);
    },
  );
});
