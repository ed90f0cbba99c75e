import { randomUUID } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import type { AppLogger } from '../logger';
import { Loaders } from '../shared/loaders';

/** What every resolver gets: the database, per-request loaders, and a request-scoped logger. */
export interface Context {
  requestId: string;
  db: EntityManager;
  loaders: Loaders;
  log: AppLogger;
}

export function createContext(
  dataSource: DataSource,
  log: AppLogger,
  requestId: string = randomUUID(),
): Context {
  return {
    requestId,
    db: dataSource.manager,
    loaders: new Loaders(dataSource.manager),
    log: log.child({ requestId }),
  };
}
