import { badInput } from './errors';

const VERSION = 'v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DecodedGlobalId {
  typeName: string;
  id: string;
}

/** Opaque Relay ID: base64url of "v1:<Type>:<uuid>"; the version lets the format change later. */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${VERSION}:${typeName}:${id}`, 'utf8').toString('base64url');
}

/** Decodes any global ID; returns null for something that is not one. */
export function decodeGlobalId(globalId: string): DecodedGlobalId | null {
  const parts = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (parts.length !== 3 || parts[0] !== VERSION || !UUID.test(parts[2])) {
    return null;
  }
  return { typeName: parts[1], id: parts[2].toLowerCase() };
}

/** Decodes a global ID that must be of `typeName`; a wrong kind or malformed ID is BAD_USER_INPUT. */
export function fromGlobalId(globalId: string, typeName: string, field = 'id'): string {
  const decoded = decodeGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw badInput(field, `is not a ${typeName} id`);
  }
  return decoded.id;
}
