import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { AppLogger } from '../logger';
import { Loaders } from '../shared/loaders';
import type { DataVersion } from './cache/data-version';
import { ANONYMOUS, type Principal } from './principal';

/** What every resolver gets: the database, per-request loaders, the caller and a request-scoped logger. */
export interface Context {
  requestId: string;
  db: EntityManager;
  loaders: Loaders;
  log: AppLogger;
  /** Who is calling: anonymous, or an API key with its role (see Authorization in the README). */
  principal: Principal;
  /** The client's address: anonymous clients' cost budgets are kept per address. */
  clientAddress: string;
  /** The response cache's data version, bumped after each committed write; null without a cache. */
  dataVersion: DataVersion | null;
}

export interface RequestFacts {
  requestId?: string;
  principal?: Principal;
  clientAddress?: string;
  dataVersion?: DataVersion | null;
}

export function createContext(
  dataSource: DataSource,
  log: AppLogger,
  facts: RequestFacts = {},
): Context {
  const requestId = facts.requestId ?? randomUUID();
  return {
    requestId,
    db: dataSource.manager,
    loaders: new Loaders(dataSource.manager),
    log: log.child({ requestId }),
    principal: facts.principal ?? ANONYMOUS,
    clientAddress: facts.clientAddress ?? 'in-process',
    dataVersion: facts.dataVersion ?? null,
  };
}
