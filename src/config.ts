import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** HTTP port of the API. */
  port: number;
  /** PostgreSQL connection string; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Folder holding the embedded PostgreSQL cluster. */
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPostgresPort: number;
  /** Load the real dataset at start-up (idempotent). */
  seedOnStart: boolean;
  logLevel: LogLevel;
  /** An API key secret to make sure of, with role ADMIN, at start-up (bootstraps the first admin). */
  adminApiKey: string | undefined;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

class ConfigError extends Error {}

function integer(
  name: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) {
    return true;
  }
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) {
    return false;
  }
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

// A bootstrap key must be as hard to guess as a generated one (ig_ + 43 characters).
const MIN_API_KEY_LENGTH = 32;

function apiKey(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (raw.length < MIN_API_KEY_LENGTH || /\s/.test(raw)) {
    throw new ConfigError(
      `${name} must be at least ${MIN_API_KEY_LENGTH} characters without spaces; generate one with npm run keys:create`,
    );
  }
  return raw;
}

/** The only reader of the environment: every setting is validated once, here. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  return {
    port: integer('PORT', env.PORT, 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329, 1024, 65535),
    seedOnStart: boolean('SEED_ON_START', env.SEED_ON_START, true),
    logLevel,
    adminApiKey: apiKey('ADMIN_API_KEY', env.ADMIN_API_KEY),
  };
}

/** Connection string for the test database, if one is configured; otherwise tests use embedded PostgreSQL. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || undefined;
}
