import autocannon from 'autocannon';
import type { Pool } from 'pg';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) {
    return NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

function figures(latencies: number[], seconds: number, errors: number): LoadFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    errors,
  };
}

export interface HttpLoad {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** A request body per call (so that ids can rotate). */
  body: () => string;
}

/**
 * Drives the API with autocannon (fixed concurrency, fixed duration) and takes each response's
 * latency from its 'response' event, so that p95 is exact rather than autocannon's p97.5.
 */
export async function httpLoad(load: HttpLoad): Promise<LoadFigures> {
  const latencies: number[] = [];
  const started = Date.now();
  let instance: autocannon.Instance | undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = (
      autocannon as unknown as (
        options: autocannon.Options,
        callback: (error: Error | null, result: autocannon.Result) => void,
      ) => autocannon.Instance
    )(
      {
        url: load.url,
        connections: load.connections,
        duration: load.seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...load.headers },
            setupRequest: (request) => ({ ...request, body: load.body() }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance?.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await finished;
  const seconds = (Date.now() - started) / 1000;
  return figures(latencies, seconds, result.non2xx + result.errors + result.timeouts);
}

/** The same fixed-duration, fixed-concurrency loop for one SQL statement through `pg`. */
export async function sqlLoad(
  pool: Pool,
  connections: number,
  seconds: number,
  statement: () => { text: string; values: unknown[] },
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < deadline) {
      const before = process.hrtime.bigint();
      await pool.query(statement());
      latencies.push(Number(process.hrtime.bigint() - before) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return figures(latencies, (Date.now() - started) / 1000, 0);
}
