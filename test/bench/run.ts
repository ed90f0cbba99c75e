import 'reflect-metadata';

import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Pool } from 'pg';

import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { toGlobalId } from '../../src/graphql/global-id';
import { Role } from '../../src/graphql/principal';
import { ApiKeyService } from '../../src/modules/auth';
import { cpuPerRequest, sampleCpu } from './cpu';
import { CsvLineBreaks } from './csv-line-breaks';
import { explainFiltered } from './explain';
import { httpLoad, sqlLoad, type HttpLoad, type LoadFigures } from './load';
import {
  CREATE_INCIDENT,
  DOSSIER,
  FILTER,
  FILTERED,
  FILTERED_FLOOR_SQL,
  NODE,
  PAGE_FLOOR_SQL,
  PAGE_OF_INCIDENTS,
  postgraphilePage,
  SEARCH,
  STATS,
} from './scenarios';

// npm run bench [-- --seconds 10 --warmup 2 --only a,b,c --export-runs 1]
// Starts the API against DATABASE_URL (a database filled by npm run bench:data) in a child
// process and drives it over HTTP with autocannon. Prints figures; asserts only that the
// filtered list (c) is served without a sequential scan of a large table.

const print = (text: string) => process.stdout.write(`${text}\n`);

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const SECONDS = Number(option('seconds', '10'));
// Unmeasured load before each HTTP scenario at the same concurrency: the new document's first
// compilation and the garbage the previous scenario left are paid here, not in its figures.
const WARMUP_SECONDS = Number(option('warmup', '2'));
const CONNECTIONS = Number(option('connections', '16'));
const ONLY = option('only', '').split(',').filter(Boolean);
const wanted = (scenario: string) => ONLY.length === 0 || ONLY.includes(scenario);

interface Server {
  process: ChildProcess;
  url: string;
}

const ROOT = path.resolve(__dirname, '..', '..');
// By default the API runs as compiled JavaScript (tsc), as a production build would; --swc runs
// the TypeScript sources through @swc-node/register as `npm start` does (about 65 MB more RSS).
const FROM_SOURCES = process.argv.includes('--swc');

let built: { file: string; execArgv: string[] } | undefined;

function serverEntry(): { file: string; execArgv: string[] } {
  if (built) {
    return built;
  }
  if (FROM_SOURCES) {
    return { file: path.join(__dirname, 'server.ts'), execArgv: ['-r', '@swc-node/register'] };
  }
  const outDir = path.join(ROOT, 'dist', 'bench');
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      path.join(ROOT, 'tsconfig.json'),
      '--outDir',
      outDir,
    ],
    { stdio: 'inherit' },
  );
  built = { file: path.join(outDir, 'test', 'bench', 'server.js'), execArgv: [] };
  return built;
}

// --api-heap-mb N: run the API with --max-old-space-size=N (how far its RSS can be held down).
const API_HEAP_MB = Number(option('api-heap-mb', '0'));

/** The V8 heap flags `npm start` gives the API (package.json), so that the bench runs it alike. */
function startHeapFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  return scripts.start.match(/--max-[a-z-]+-space-size=\d+/g) ?? [];
}

async function startServer(extraArgs: string[] = []): Promise<Server> {
  const entry = serverEntry();
  const child = fork(entry.file, extraArgs, {
    execArgv: [
      ...entry.execArgv,
      ...startHeapFlags(),
      ...(API_HEAP_MB ? [`--max-old-space-size=${API_HEAP_MB}`] : []),
    ],
    cwd: ROOT,
    // As the Dockerfile runs it: graphql-js drops its development-only checks in production.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the API exited with code ${code}`)));
  });
  return { process: child, url: `http://127.0.0.1:${port}` };
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kilobytes('VmRSS') / 1024, peak: kilobytes('VmHWM') / 1024 };
}

/**
 * Mean SQL statements per request since the last call, from the API's own /metrics: statements
 * sent over GraphQL requests answered (each scenario runs alone, so the two belong together).
 */
async function statementsPerRequest(
  url: string,
  last: { sum: number; count: number },
): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const total = (name: string) =>
    [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'gm'))].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
  const sum = total('incidentgraph_sql_statements_total');
  const count = total('incidentgraph_graphql_requests_total');
  const mean = count > last.count ? (sum - last.sum) / (count - last.count) : NaN;
  last.sum = sum;
  last.count = count;
  return mean;
}

/** The load of a scenario for WARMUP_SECONDS, unmeasured. */
async function warmUp(load: HttpLoad): Promise<void> {
  if (WARMUP_SECONDS > 0) {
    await httpLoad({ ...load, seconds: WARMUP_SECONDS });
  }
}

async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!response.ok || body.errors?.length) {
    throw new Error(`request failed (${response.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data as T;
}

/** Waits until the API has no statement running (what a scenario left in flight). */
async function drained(pool: Pool): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS active FROM pg_stat_activity WHERE application_name = 'incidentgraph' AND state = 'active'`,
    );
    if (rows[0].active === 0) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const EXPORT_RUNS = Number(option('export-runs', '1'));
// --postgraphile http://127.0.0.1:5678/graphql: also drive a PostGraphile v5 server (started apart,
// see the README) with the equivalent of (b); --postgraphile-pid N reports its peak RSS too.
const POSTGRAPHILE_URL = option('postgraphile', '');
const POSTGRAPHILE_PID = Number(option('postgraphile-pid', '0'));

interface ExportFigures {
  status: number;
  rows: number;
  bytes: number;
  seconds: number;
  peakRss: number;
}

/**
 * (g): streams GET /export/incidents.csv to the end once, counting bytes and CSV records (line
 * breaks outside quoted cells, less the header) while sampling the API's RSS every 50 ms.
 */
async function exportOnce(server: Server): Promise<ExportFigures> {
  const pid = server.process.pid!;
  let peakRss = memoryOf(pid).rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryOf(pid).rss);
  }, 50);
  const started = performance.now();
  let bytes = 0;
  const lines = new CsvLineBreaks();
  try {
    const response = await fetch(`${server.url}/export/incidents.csv`);
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        lines.add(chunk);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    peakRss = Math.max(peakRss, memoryOf(pid).rss);
    return { status: response.status, rows: Math.max(0, lines.count - 1), bytes, seconds, peakRss };
  } finally {
    clearInterval(sampler);
  }
}

const rows: string[] = [];

function report(
  name: string,
  figures: LoadFigures,
  statements: number,
  memory: { rss: number; peak: number },
  note = '',
  cpu = { api: NaN, database: NaN },
): void {
  const line = [
    name.padEnd(34),
    figures.p50.toFixed(1).padStart(8),
    figures.p95.toFixed(1).padStart(8),
    figures.p99.toFixed(1).padStart(8),
    figures.perSecond.toFixed(0).padStart(8),
    (Number.isNaN(statements) ? '-' : statements.toFixed(1)).padStart(6),
    memory.peak.toFixed(0).padStart(8),
    `${Number.isNaN(cpu.api) ? '-' : cpu.api.toFixed(1)}/${Number.isNaN(cpu.database) ? '-' : cpu.database.toFixed(1)}`.padStart(
      10,
    ),
    figures.errors ? `  ${figures.errors} errors` : '',
    note ? `  ${note}` : '',
  ].join('');
  rows.push(line);
  print(line);
}

const HEADER = `${'scenario'.padEnd(34)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'req/s'.padStart(8)}${'SQL/r'.padStart(6)}${'peakMB'.padStart(8)}${'CPU ms/r'.padStart(10)}`;
// CPU ms/r: CPU per request of the API process / of its database sessions (PostgreSQL on this machine).

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) {
    throw new Error('set DATABASE_URL to a database filled by npm run bench:data');
  }
  const migrator = createDataSource(config.databaseUrl);
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  const editor = await migrator.transaction((tx) =>
    new ApiKeyService().create(tx, 'bench editor', Role.EDITOR),
  );
  await migrator.destroy();

  const pool = new Pool({
    connectionString: config.databaseUrl,
    max: 10,
    application_name: 'incidentgraph-bench-sql',
  });
  const [{ count: incidentCount }] = (
    await pool.query(`SELECT count(*)::int AS count FROM incidents`)
  ).rows;
  const incidentIds: string[] = (
    await pool.query(`SELECT id FROM incidents TABLESAMPLE SYSTEM (1) LIMIT 1000`)
  ).rows.map((row) => toGlobalId('Incident', row.id));
  // Dossiers of people with a typical record (5 to 30 roles), not of the busiest state.
  const actorIds: string[] = (
    await pool.query(
      `SELECT "actorId" AS id FROM actor_roles WHERE "actorId" IN (SELECT id FROM actors WHERE kind = 'PERSON' LIMIT 5000)
       GROUP BY "actorId" HAVING count(*) BETWEEN 5 AND 30 LIMIT 200`,
    )
  ).rows.map((row) => toGlobalId('Actor', row.id));

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const server = await startServer();
  const metrics = { sum: 0, count: 0 };
  await statementsPerRequest(server.url, metrics);
  print(
    `Incidentgraph bench: ${incidentCount} incidents; ${CONNECTIONS} connections × ${SECONDS} s per scenario; ${machine}`,
  );
  print(HEADER);
  let failed = false;
  const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
  const run = async (
    name: string,
    body: () => string,
    headers?: Record<string, string>,
    note?: string,
    connections = CONNECTIONS,
  ) => {
    const load = { url: `${server.url}/graphql`, connections, seconds: SECONDS, body, headers };
    await warmUp(load);
    await statementsPerRequest(server.url, metrics);
    const cpuBefore = await sampleCpu(server.process.pid!, pool);
    const figures = await httpLoad(load);
    const cpuAfter = await sampleCpu(server.process.pid!, pool);
    await drained(pool);
    report(
      name,
      figures,
      await statementsPerRequest(server.url, metrics),
      memoryOf(server.process.pid!),
      note,
      cpuPerRequest(cpuBefore, cpuAfter, figures.requests),
    );
    return figures;
  };
  const body =
    (query: string, variables: Record<string, unknown> = {}) =>
    () =>
      JSON.stringify({ query, variables });

  const comparePostgraphile = async (ours: LoadFigures) => {
    for (const [label, orderBy] of [
      ['date DESC, id', 'DATE_START_DESC, PRIMARY_KEY_ASC'],
      ['primary key', 'PRIMARY_KEY_ASC'],
    ] as const) {
      const query = postgraphilePage(orderBy);
      const probe = await fetch(POSTGRAPHILE_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).catch((error: unknown) => error as Error);
      if (probe instanceof Error || !probe.ok) {
        print(
          `(b) PostGraphile: not reachable at ${POSTGRAPHILE_URL} (${probe instanceof Error ? probe.message : probe.status}); skipped`,
        );
        return;
      }
      const answer = (await probe.json()) as {
        data?: { allIncidents: { nodes: unknown[] } };
        errors?: unknown[];
      };
      if (answer.errors?.length || answer.data?.allIncidents.nodes.length !== 100) {
        print(
          `(b) PostGraphile: unexpected answer ${JSON.stringify(answer).slice(0, 300)}; skipped`,
        );
        return;
      }
      const load = {
        url: POSTGRAPHILE_URL,
        connections: CONNECTIONS,
        seconds: SECONDS,
        body: () => JSON.stringify({ query }),
      };
      await warmUp(load);
      const theirs = await httpLoad(load);
      report(
        `(b) PostGraphile v5, ${label}`,
        theirs,
        NaN,
        POSTGRAPHILE_PID ? memoryOf(POSTGRAPHILE_PID) : { rss: 0, peak: NaN },
        `Incidentgraph/PostGraphile p50 ${(ours.p50 / theirs.p50).toFixed(1)}×, req/s ${(ours.perSecond / theirs.perSecond).toFixed(2)}×`,
      );
    }
  };

  try {
    if (wanted('a')) {
      await graphql(server.url, NODE, { id: incidentIds[0] });
      await run('(a) node(id:)', () =>
        JSON.stringify({ query: NODE, variables: { id: pick(incidentIds) } }),
      );
    }
    let pageFigures: LoadFigures | undefined;
    if (wanted('b')) {
      await graphql(server.url, PAGE_OF_INCIDENTS);
      pageFigures = await run('(b) 100 incidents + nested', body(PAGE_OF_INCIDENTS));
      const pageFloor = () => ({ text: PAGE_FLOOR_SQL, values: [] });
      await sqlLoad(pool, CONNECTIONS, WARMUP_SECONDS, pageFloor);
      const floor = await sqlLoad(pool, CONNECTIONS, SECONDS, pageFloor);
      report(
        '(b) SQL floor (one statement)',
        floor,
        1,
        { rss: 0, peak: NaN },
        `API/SQL p50 ${(pageFigures.p50 / floor.p50).toFixed(2)}×, p95 ${(pageFigures.p95 / floor.p95).toFixed(2)}×`,
      );
      if (POSTGRAPHILE_URL) {
        await comparePostgraphile(pageFigures);
      }
      // (b) again on a second API process with the response cache on: the warm figure.
      const cached = await startServer(['--response-cache']);
      try {
        await graphql(cached.url, PAGE_OF_INCIDENTS);
        const warm = await httpLoad({
          url: `${cached.url}/graphql`,
          connections: CONNECTIONS,
          seconds: SECONDS,
          body: body(PAGE_OF_INCIDENTS),
        });
        report(
          '(b) warm (response cache)',
          warm,
          await statementsPerRequest(cached.url, { sum: 0, count: 0 }),
          memoryOf(cached.process.pid!),
          `warm/cold p50 ${(warm.p50 / pageFigures.p50).toFixed(3)}×`,
        );
      } finally {
        cached.process.kill('SIGTERM');
      }
    }
    if (wanted('c')) {
      const first = await run(
        '(c) filtered, page 1 (10)',
        body(FILTERED, { filter: FILTER, first: 10 }),
      );
      // Walk to page 5,000 of 10 once (100 at a time), then bench the cursor.
      let after: string | null = null;
      let walked = 0;
      while (walked < 49_990) {
        const size: number = Math.min(100, 49_990 - walked);
        const data: {
          incidents: {
            pageInfo: { endCursor: string | null; hasNextPage: boolean };
            nodes: unknown[];
          };
        } = await graphql(server.url, FILTERED, { filter: FILTER, first: size, after });
        walked += data.incidents.nodes.length;
        after = data.incidents.pageInfo.endCursor ?? after;
        if (!data.incidents.pageInfo.hasNextPage) {
          break;
        }
      }
      const pageNumber = Math.floor(walked / 10) + 1;
      const deep = await run(
        `(c) filtered, page ${pageNumber} (10)`,
        body(FILTERED, { filter: FILTER, first: 10, after }),
      );
      print(
        `    page ${pageNumber} / page 1 at p50: ${(deep.p50 / first.p50).toFixed(2)}× (target ≤ 1.5×)`,
      );
      const iranIds = (
        await pool.query(`SELECT id FROM actors WHERE name = 'Iran' AND "deletedAt" IS NULL`)
      ).rows.map((row) => row.id);
      const cursor = after
        ? (JSON.parse(Buffer.from(after, 'base64url').toString()) as [string, string, string])
        : null;
      for (const [label, values] of [
        ['page 1', [null, null]],
        [`page ${pageNumber}`, cursor ? [cursor[1], cursor[2]] : [null, null]],
      ] as const) {
        const filteredFloor = () => ({
          text: FILTERED_FLOOR_SQL,
          values: [...values, iranIds],
        });
        await sqlLoad(pool, CONNECTIONS, WARMUP_SECONDS, filteredFloor);
        const floor = await sqlLoad(pool, CONNECTIONS, SECONDS, filteredFloor);
        const api = label === 'page 1' ? first : deep;
        report(
          `(c) SQL floor, ${label}`,
          floor,
          1,
          { rss: 0, peak: NaN },
          `API/SQL p50 ${(api.p50 / floor.p50).toFixed(2)}×`,
        );
      }
      const plan = await explainFiltered(config.databaseUrl, pool, after);
      print(
        plan.text
          .split('\n')
          .map((line) => `    | ${line}`)
          .join('\n'),
      );
      if (plan.largeSeqScans.length > 0) {
        failed = true;
        print(`FAIL (c): sequential scan of a large table: ${plan.largeSeqScans.join(', ')}`);
      }
    }
    if (wanted('d')) {
      await graphql(server.url, STATS);
      // A full scan per request: 16 at once would only queue behind 2 cores (and starve the
      // pool for the scenarios after), so this one runs with 1 and 2 clients.
      await run('(d) incidentStats YEAR×COUNTRY, 1 conn', body(STATS), undefined, undefined, 1);
      await run('(d) same, 2 connections', body(STATS), undefined, undefined, 2);
    }
    if (wanted('e')) {
      const terms = ['Hosseini', 'Shahed-136', 'synagogue', 'Bellingcat'];
      for (const term of terms) {
        await graphql(server.url, SEARCH, { query: term });
      }
      await run(`(e) search (${terms.length} terms)`, () =>
        JSON.stringify({ query: SEARCH, variables: { query: pick(terms) } }),
      );
    }
    if (wanted('f') && actorIds.length > 0) {
      await graphql(server.url, DOSSIER, { id: actorIds[0] });
      await run('(f) actor dossier', () =>
        JSON.stringify({ query: DOSSIER, variables: { id: pick(actorIds) } }),
      );
    }
    if (wanted('g')) {
      // A fresh API process, so that its peak RSS is the export's own (not left over from (b)).
      const exporter = await startServer();
      try {
        for (let run = 1; run <= EXPORT_RUNS; run++) {
          const figures = await exportOnce(exporter);
          const rowsPerSecond = figures.rows / figures.seconds;
          print(
            `${`(g) CSV export, run ${run}`.padEnd(34)}${figures.rows} rows in ${figures.seconds.toFixed(1)} s: ` +
              `${Math.round(rowsPerSecond)} rows/s, ${(figures.bytes / figures.seconds / 2 ** 20).toFixed(1)} MB/s ` +
              `(${(figures.bytes / 2 ** 20).toFixed(0)} MB); API RSS peak ${figures.peakRss.toFixed(0)} MB ` +
              `(sampled), VmHWM ${memoryOf(exporter.process.pid!).peak.toFixed(0)} MB` +
              `  [target ≥ 50000 rows/s: ${rowsPerSecond >= 50_000 ? 'met' : 'MISSED'}; RSS < 300 MB: ${figures.peakRss < 300 ? 'met' : 'MISSED'}]`,
          );
          if (figures.status !== 200) {
            failed = true;
            print(`FAIL (g): export answered ${figures.status}`);
          }
        }
      } finally {
        exporter.process.kill('SIGTERM');
      }
    }
    if (wanted('h')) {
      let sequence = 0;
      const headers = { authorization: `Bearer ${editor.secret}` };
      const input = () => ({
        title: `Bench incident ${sequence++}`,
        type: 'SHOOTING',
        outcome: 'COMPLETED',
        confidence: 'REPORTED',
        date: { from: '2025-05' },
        killed: 1,
      });
      await graphql(server.url, CREATE_INCIDENT, { input: input() }, headers);
      await run(
        '(h) createIncident (EDITOR)',
        () => JSON.stringify({ query: CREATE_INCIDENT, variables: { input: input() } }),
        headers,
      );
    }
  } finally {
    const memory = memoryOf(server.process.pid!);
    print(
      `API RSS now ${memory.rss.toFixed(0)} MB, peak ${memory.peak.toFixed(0)} MB (target < 300 MB)`,
    );
    server.process.kill('SIGTERM');
    // Leave the dataset as generated: remove what the write scenario created, and the key.
    await pool.query(
      `DELETE FROM incidents WHERE id IN (SELECT "recordId" FROM change_log WHERE "changedBy" = $1 AND "recordKind" = 'Incident')`,
      [editor.row.id],
    );
    await pool.query(`DELETE FROM change_log WHERE "changedBy" = $1`, [editor.row.id]);
    await pool.query(`DELETE FROM api_keys WHERE id = $1`, [editor.row.id]);
    await pool.end();
  }
  if (failed) {
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
