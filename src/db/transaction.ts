import type { EntityManager } from 'typeorm';

import type { Context } from '../graphql/context';

/**
 * The one way a mutation gets its EntityManager: everything `work` does through `tx` commits
 * together or not at all (READ COMMITTED; writers lock the rows they change with FOR UPDATE).
 * After the commit the data version moves on, so no cached response predates the write.
 */
export async function inTransaction<T>(
  ctx: Pick<Context, 'db'> & Partial<Pick<Context, 'dataVersion'>>,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction(work);
  await ctx.dataVersion?.bump();
  return result;
}
