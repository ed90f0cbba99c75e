import { Transform, type TransformCallback } from 'node:stream';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Passes CSV or NDJSON bytes through and counts the lines that end a record: newlines outside
 * double quotes (a CSV cell may hold a line break; an NDJSON line never does). Counted as they
 * go out, so an export cut short is charged for what it sent.
 */
export class RecordCounter extends Transform {
  lines = 0;
  private quoted = false;

  /**
   * `prefix` (the CSV byte-order mark) goes out before the first byte; `beforeEnd` runs once all
   * bytes have been counted and before the stream ends.
   */
  constructor(
    private prefix?: string,
    private readonly beforeEnd: () => Promise<void> = async () => undefined,
  ) {
    super();
  }

  override _flush(done: TransformCallback): void {
    this.beforeEnd().then(() => done(), done);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let position = 0;
    while (position < chunk.length) {
      if (this.quoted) {
        // A doubled quote inside a cell closes and reopens: the state comes out right.
        const closing = chunk.indexOf(QUOTE, position);
        if (closing < 0) {
          break;
        }
        this.quoted = false;
        position = closing + 1;
        continue;
      }
      const opening = chunk.indexOf(QUOTE, position);
      const unquoted = chunk.subarray(position, opening < 0 ? chunk.length : opening);
      for (
        let line = unquoted.indexOf(NEWLINE);
        line >= 0;
        line = unquoted.indexOf(NEWLINE, line + 1)
      ) {
        this.lines += 1;
      }
      if (opening < 0) {
        break;
      }
      this.quoted = true;
      position = opening + 1;
    }
    if (this.prefix !== undefined) {
      this.push(this.prefix);
      this.prefix = undefined;
    }
    done(null, chunk);
  }
}
