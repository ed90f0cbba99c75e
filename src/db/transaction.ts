import type { EntityManager } from 'typeorm';

import type { Context } from '../graphql/context';

/**
 * The one way a mutation gets its EntityManager: everything `work` does through `tx` commits
 * together or not at all (READ COMMITTED; writers lock the rows they change with FOR UPDATE).
 */
export function inTransaction<T>(
  ctx: Pick<Context, 'db'>,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(work);
}
