import type { AuthChecker } from 'type-graphql';

import { registerDescribedEnum } from '../shared/register-enum';
import type { Context } from './context';
import { AppError, ErrorCode } from './errors';

/** What an API key may do; each role includes the ones before it. */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerDescribedEnum(
  Role,
  'ApiKeyRole',
  'What an API key may do; each role includes the ones before it.',
  {
    VIEWER: 'Reads only (anonymous clients read too; a key raises the cost budget).',
    EDITOR:
      'Also creates, updates and upserts records, and adds or removes citations and actor roles.',
    ADMIN: 'Also deletes and restores records, and creates, lists and revokes API keys.',
  },
);

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** Who is calling: nobody in particular, or the holder of a valid API key. */
export type Principal =
  { kind: 'anonymous' } | { kind: 'apiKey'; keyId: string; name: string; role: Role };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The change-log "who": the API key's id. */
export function changedBy(principal: Principal): string {
  if (principal.kind !== 'apiKey') {
    // authChecker runs first, so a write never gets here anonymously.
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'An API key is required to change data.');
  }
  return principal.keyId;
}

/** Throws UNAUTHENTICATED without a key and FORBIDDEN when the key's role is below `needed`. */
export function assertRole(principal: Principal, needed: Role): void {
  if (principal.kind !== 'apiKey') {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      `This operation needs an API key with role ${needed} or above: send Authorization: Bearer <key>.`,
    );
  }
  if (RANK[principal.role] < RANK[needed]) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `This operation needs role ${needed} or above; this key has role ${principal.role}.`,
    );
  }
}

/** type-graphql's check behind @Authorized(role): the lowest role allowed is the first one given. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  assertRole(context.principal, (roles[0] as Role | undefined) ?? Role.VIEWER);
  return true;
};
