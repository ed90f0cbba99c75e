import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Each query example in the README's graphql blocks: comment lines followed by one operation.
 * Mutation examples need an API key and real ids, so they are documentation only.
 */
export function readmeExamples(): { title: string; document: string }[] {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
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
