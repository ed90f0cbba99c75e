import { CsvLineBreaks } from '../bench/csv-line-breaks';

// The bench's (g) reports the rows of the export from this count: it must be exact.
const byteByByte = (text: string): number => {
  let quoted = false;
  let count = 0;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted;
    } else if (char === '\n' && !quoted) {
      count++;
    }
  }
  return count;
};

const countIn = (chunks: string[]): number => {
  const counter = new CsvLineBreaks();
  for (const chunk of chunks) {
    counter.add(Buffer.from(chunk));
  }
  return counter.count;
};

describe('CsvLineBreaks', () => {
  it('counts line breaks outside quoted cells, with escaped quotes and breaks inside cells', () => {
    const csv = 'id,title\n1,"Rois, Sweden"\n2,"a ""quoted"" word"\n3,"two\nlines"\n4,plain\n';
    expect(countIn([csv])).toBe(5);
  });

  it('gives the same count however the stream is cut into chunks', () => {
    const rows = Array.from(
      { length: 200 },
      (_, index) => `${index},"cell ${index % 7 === 0 ? 'with\nbreak' : 'x'}","q""${index}",end\n`,
    );
    const csv = `a,b,c,d\n${rows.join('')}`;
    const expected = byteByByte(csv);
    expect(expected).toBe(201);
    for (const size of [1, 2, 3, 7, 64, 1000, csv.length]) {
      const chunks: string[] = [];
      for (let start = 0; start < csv.length; start += size) {
        chunks.push(csv.slice(start, start + size));
      }
      expect(countIn(chunks)).toBe(expected);
    }
  });

  it('counts a chunk of a larger buffer only within its bounds', () => {
    const whole = Buffer.from('x\n"a\nb"\ny\n');
    const counter = new CsvLineBreaks();
    counter.add(new Uint8Array(whole.buffer, whole.byteOffset + 2, 6)); // '"a\nb"\n'
    expect(counter.count).toBe(1);
  });
});
