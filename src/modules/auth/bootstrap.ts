import type { DataSource } from 'typeorm';

import { Role } from '../../graphql/principal';
import type { AppLogger } from '../../logger';
import { ApiKeyService } from './api-key.service';

/** ADMIN_API_KEY: makes sure that secret works as an ADMIN key (created on first start). */
export async function ensureBootstrapAdminKey(
  dataSource: DataSource,
  secret: string,
  log: AppLogger,
): Promise<void> {
  const outcome = await dataSource.transaction((tx) =>
    new ApiKeyService().ensure(tx, secret, Role.ADMIN, 'bootstrap (ADMIN_API_KEY)'),
  );
  if (outcome === 'revoked') {
    log.warn('ADMIN_API_KEY names a revoked key; it stays revoked. Set a new one or unset it.');
  } else {
    log.info({ outcome }, 'bootstrap admin API key ready');
  }
}
