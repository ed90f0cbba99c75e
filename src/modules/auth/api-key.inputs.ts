import { MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { Role } from '../../graphql/principal';

@InputType('CreateApiKeyInput', { description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field(() => String, {
    description: 'What the key is for, e.g. "newsroom editor" (1 to 100 characters).',
  })
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;
}

@InputType('RevokeApiKeyInput', { description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Global ID of the key (from apiKeys or createApiKey).' })
  id!: string;
}
