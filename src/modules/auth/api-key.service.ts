import { createHash, randomBytes } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { paginate, type ConnectionArgs, type Ordering, type Page } from '../../graphql/connection';
import { AppError, ErrorCode } from '../../graphql/errors';
import { ANONYMOUS, type Principal, type Role } from '../../graphql/principal';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { ApiKeyEntity } from './api-key.entity';
import { toApiKey, type ApiKey } from './api-key.type';

/** Recognisable in logs and by secret scanners. */
export const KEY_PREFIX = 'ig_';
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 7;

/** A new secret: "ig_" and 32 random bytes, base64url. */
export function generateSecret(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

// A fast hash is right here: a key is 256 random bits, so unlike a password it cannot be guessed
// from a dictionary, and a slow hash (bcrypt, scrypt) would only make every request slower.
// Keys are found by hash lookup in a unique index, so no secret is ever compared in code.
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const unauthenticated = (message: string) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

const BY_NAME: Ordering<ApiKeyEntity> = {
  key: 'name:ASC',
  terms: [
    {
      sql: (alias) => `"${alias}"."name"`,
      direction: 'ASC',
      value: (row) => row.name,
      cursor: 'text',
    },
  ],
};

export class ApiKeyService {
  async create(
    tx: EntityManager,
    name: string,
    role: Role,
    secret: string = generateSecret(),
  ): Promise<{ row: ApiKeyEntity; secret: string }> {
    const row = tx.create(ApiKeyEntity, {
      name,
      role,
      prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
      hash: hashSecret(secret),
      revokedAt: null,
    });
    await tx.save(row);
    return { row, secret };
  }

  async revoke(tx: EntityManager, id: string): Promise<ApiKeyEntity> {
    const row = await tx.findOne(ApiKeyEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) {
      throw userError(UserErrorCode.NOT_FOUND, 'input.id', 'No API key has this id.');
    }
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await tx.save(row);
    }
    return row;
  }

  list(manager: EntityManager, args: ConnectionArgs): Promise<Page<ApiKey>> {
    const query = manager.createQueryBuilder(ApiKeyEntity, 'key');
    return paginate(query, args, BY_NAME, toApiKey);
  }

  /**
   * The caller behind an Authorization header: anonymous without one, the key's principal for a
   * valid `Bearer <key>`, and UNAUTHENTICATED (HTTP 401) for anything else, including a revoked
   * key, so a client with a broken key finds out at once rather than reading as anonymous.
   */
  async authenticate(
    manager: EntityManager,
    authorization: string | undefined,
  ): Promise<Principal> {
    if (authorization === undefined || authorization.trim() === '') {
      return ANONYMOUS;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) {
      throw unauthenticated('The Authorization header must be "Bearer <API key>".');
    }
    const row = await manager.findOne(ApiKeyEntity, { where: { hash: hashSecret(match[1]) } });
    if (!row || row.revokedAt) {
      throw unauthenticated('The API key is not valid (unknown or revoked).');
    }
    return { kind: 'apiKey', keyId: row.id, name: row.name, role: row.role };
  }

  /**
   * Makes sure the key with this secret exists with this role (the ADMIN_API_KEY bootstrap).
   * A key that an admin revoked stays revoked: revocation must win over configuration.
   */
  async ensure(
    tx: EntityManager,
    secret: string,
    role: Role,
    name: string,
  ): Promise<'created' | 'updated' | 'unchanged' | 'revoked'> {
    const row = await tx.findOne(ApiKeyEntity, { where: { hash: hashSecret(secret) } });
    if (!row) {
      await this.create(tx, name, role, secret);
      return 'created';
    }
    if (row.revokedAt) {
      return 'revoked';
    }
    if (row.role === role) {
      return 'unchanged';
    }
    row.role = role;
    await tx.save(row);
    return 'updated';
  }
}
