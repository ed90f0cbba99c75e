import { AsyncLocalStorage } from 'node:async_hooks';

import type { Logger as TypeOrmLogger } from 'typeorm';

import type { AppLogger } from '../logger';

interface QueryScope {
  statements: number;
  /** The statements' SQL, when asked for (tests of what is read). */
  texts?: string[];
}

const scope = new AsyncLocalStorage<QueryScope>();

let sentInTotal = 0;

/** SQL statements this process has sent since it started (every request, counted or not). */
export function statementsSentInTotal(): number {
  return sentInTotal;
}

/**
 * Runs `work` and reports how many SQL statements it sent, however deep in the call tree (and,
 * with `recordTexts`, their SQL).
 */
export async function countStatements<T>(
  work: () => Promise<T>,
  options: { recordTexts?: boolean } = {},
): Promise<{ result: T; statements: number; texts?: string[] }> {
  const counter: QueryScope = { statements: 0, texts: options.recordTexts ? [] : undefined };
  const result = await scope.run(counter, work);
  return { result, statements: counter.statements, texts: counter.texts };
}

/**
 * Starts a statement count for everything `next` sets off (one HTTP request). Only when
 * SQL_STATEMENTS_PER_REQUEST is on: the first scope turns on AsyncLocalStorage's promise hooks
 * for the whole process.
 */
export function withStatementCount(next: () => void): void {
  scope.run({ statements: 0 }, next);
}

/** Statements sent so far in the current scope, if one is being counted. */
export function statementsSoFar(): number | undefined {
  return scope.getStore()?.statements;
}

/**
 * TypeORM logger that counts statements for the current async scope (tests, metrics) and
 * forwards errors and slow queries to the application log, never to clients.
 */
export class CountingLogger implements TypeOrmLogger {
  constructor(private readonly appLog?: AppLogger) {}

  logQuery(query: string): void {
    sentInTotal += 1;
    const counter = scope.getStore();
    if (counter) {
      counter.statements += 1;
      counter.texts?.push(query);
    }
  }

  logQueryError(error: string | Error, query: string): void {
    this.appLog?.debug({ err: error, query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.appLog?.warn({ durationMs: time, query }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.appLog?.debug(message);
  }

  logMigration(message: string): void {
    this.appLog?.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') {
      this.appLog?.warn(message);
    }
  }
}
