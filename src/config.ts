import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  /** HTTP port of the API. */
  port: number;
  /** PostgreSQL connection string; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Read replicas of databaseUrl: reads outside transactions go there (ignored without databaseUrl). */
  databaseReadUrls: string[];
  /** Folder holding the embedded PostgreSQL cluster. */
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPostgresPort: number;
  /** Load the real dataset at start-up (idempotent). */
  seedOnStart: boolean;
  logLevel: LogLevel;
  /** An API key secret to make sure of, with role ADMIN, at start-up (bootstraps the first admin). */
  adminApiKey: string | undefined;
  limits: Limits;
  /** Redis for budgets shared by several API processes; in-process memory when unset. */
  redisUrl: string | undefined;
  /** Prefix of this deployment's Redis keys. */
  redisKeyPrefix: string;
  /** Origins browsers may call the API from; '*' for any (the API uses no cookies). */
  corsOrigins: string[] | '*';
  /** Trust X-Forwarded-For from this many proxies in front (for per-IP budgets behind a load balancer). */
  trustProxyHops: number;
  /** Max age in seconds of cached anonymous query responses; 0 turns the response cache off. */
  responseCacheSeconds: number;
  /**
   * Count each request's SQL statements (log line, histogram). On Node 20 this tracks every
   * promise through AsyncLocalStorage, ~10% of the CPU of a large page; the total is always counted.
   */
  statementsPerRequest: boolean;
  /**
   * Answer the reads modules/compiled-read knows (a page of a record list with its fields, to-one
   * records, actors and citations) with one statement that builds the JSON in PostgreSQL. Off:
   * every operation goes through the resolvers, which answer the same.
   */
  compiledReads: boolean;
}

export interface Limits {
  /** Highest computed cost of one request. */
  maxRequestCost: number;
  /** Cost a client may spend per hour: anonymous (per IP) and per API key. */
  hourlyCost: { anonymous: number; key: number };
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Most tokens in a GraphQL document. */
  maxTokens: number;
  /** Largest request body, in bytes (and largest WebSocket message). */
  maxBodyBytes: number;
  /** Most subscriptions one WebSocket connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** PostgreSQL statement_timeout for API queries, in milliseconds. */
  statementTimeoutMs: number;
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

function databaseUrls(name: string, raw: string | undefined): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\/\S+$/.test(url)) {
      throw new ConfigError(`${name} entries must be postgres:// connection strings`);
    }
  }
  return urls;
}

function corsOrigins(raw: string | undefined): string[] | '*' {
  if (raw === undefined || raw.trim() === '' || raw.trim() === '*') {
    return '*';
  }
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS entries must look like https://example.org, got "${origin}"`,
      );
    }
  }
  return origins;
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
    databaseReadUrls: databaseUrls('DATABASE_READ_URLS', env.DATABASE_READ_URLS),
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    embeddedPostgresPort: integer('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329, 1024, 65535),
    seedOnStart: boolean('SEED_ON_START', env.SEED_ON_START, true),
    logLevel,
    adminApiKey: apiKey('ADMIN_API_KEY', env.ADMIN_API_KEY),
    limits: {
      maxRequestCost: integer('COST_LIMIT', env.COST_LIMIT, 50_000, 1, 10_000_000),
      hourlyCost: {
        anonymous: integer(
          'ANONYMOUS_HOURLY_COST',
          env.ANONYMOUS_HOURLY_COST,
          1_000_000,
          1,
          1_000_000_000,
        ),
        key: integer('API_KEY_HOURLY_COST', env.API_KEY_HOURLY_COST, 10_000_000, 1, 1_000_000_000),
      },
      maxDepth: integer('MAX_DEPTH', env.MAX_DEPTH, 15, 1, 100),
      maxAliases: integer('MAX_ALIASES', env.MAX_ALIASES, 30, 0, 1000),
      maxDirectives: integer('MAX_DIRECTIVES', env.MAX_DIRECTIVES, 20, 0, 1000),
      maxTokens: integer('MAX_TOKENS', env.MAX_TOKENS, 10_000, 100, 1_000_000),
      maxBodyBytes: integer('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 1_048_576, 1024, 100_000_000),
      maxSubscriptionsPerConnection: integer(
        'MAX_SUBSCRIPTIONS_PER_CONNECTION',
        env.MAX_SUBSCRIPTIONS_PER_CONNECTION,
        10,
        1,
        1000,
      ),
      statementTimeoutMs: integer(
        'STATEMENT_TIMEOUT_MS',
        env.STATEMENT_TIMEOUT_MS,
        15_000,
        100,
        3_600_000,
      ),
    },
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'incidentgraph',
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    trustProxyHops: integer('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS, 0, 0, 10),
    responseCacheSeconds: integer(
      'RESPONSE_CACHE_SECONDS',
      env.RESPONSE_CACHE_SECONDS,
      30,
      0,
      86_400,
    ),
    statementsPerRequest: boolean(
      'SQL_STATEMENTS_PER_REQUEST',
      env.SQL_STATEMENTS_PER_REQUEST,
      false,
    ),
    compiledReads: boolean('COMPILED_READS', env.COMPILED_READS, true),
  };
}

/** Connection string for the test database, if one is configured; otherwise tests use embedded PostgreSQL. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TEST_DATABASE_URL || env.DATABASE_URL || undefined;
}
