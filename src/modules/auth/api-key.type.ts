import { Field, ID, ObjectType } from 'type-graphql';

import { createConnectionType } from '../../graphql/connection';
import { toGlobalId } from '../../graphql/global-id';
import { createPayloadType } from '../../graphql/payload';
import { Role } from '../../graphql/principal';
import { DateTimeScalar } from '../../graphql/scalars';
import type { ApiKeyEntity } from './api-key.entity';

@ObjectType('ApiKey', {
  description: 'An API key, without its secret (the secret is shown once, when it is created).',
})
export class ApiKey {
  @Field(() => ID, { description: 'Global ID of the key; pass it to revokeApiKey.' })
  id!: string;

  @Field(() => String, { description: 'What the key is for, e.g. "newsroom editor" or "ops".' })
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;

  @Field(() => String, {
    description: 'The first characters of the secret, to recognise the key (not enough to use it).',
  })
  prefix!: string;

  @Field(() => DateTimeScalar, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the key was revoked; null while it works.',
  })
  revokedAt!: Date | null;
}

export const toApiKey = (row: ApiKeyEntity): ApiKey =>
  Object.assign(new ApiKey(), {
    id: toGlobalId('ApiKey', row.id),
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
  });

export const ApiKeyConnection = createConnectionType(ApiKey, 'ApiKey', 'API keys');

export const RevokeApiKeyPayload = createPayloadType(ApiKey, {
  typeName: 'RevokeApiKeyPayload',
  fieldName: 'apiKey',
  description: 'The result of revokeApiKey.',
  nodeDescription: 'The revoked key; null when userErrors is not empty.',
});

@ObjectType('CreateApiKeyPayload', { description: 'The result of createApiKey.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The new key, without its secret.' })
  apiKey!: ApiKey;

  @Field(() => String, {
    description:
      'The secret to send as Authorization: Bearer <secret>. Shown only this once: only its hash is stored.',
  })
  secret!: string;
}
