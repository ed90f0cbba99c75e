import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { inTransaction } from '../../db/transaction';
import { ConnectionArgs, type Page } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/global-id';
import { runMutation } from '../../graphql/payload';
import { Role } from '../../graphql/principal';
import { INPUT_ARG } from '../../graphql/validation';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKeyService } from './api-key.service';
import {
  ApiKey,
  ApiKeyConnection,
  CreateApiKeyPayload,
  RevokeApiKeyPayload,
  toApiKey,
} from './api-key.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  private readonly service = new ApiKeyService();

  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, {
    description:
      'API keys (never their secrets), by name. Needs an ADMIN key. Relay connection: default 20 per page, maximum 100.',
  })
  apiKeys(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ApiKey>> {
    return this.service.list(ctx.db, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Creates an API key and returns its secret, once: only a hash is kept. Needs an ADMIN key.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name and role.', ...INPUT_ARG })
    input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiKeyPayload> {
    const { row, secret } = await inTransaction(ctx, (tx) =>
      this.service.create(tx, input.name, input.role),
    );
    return Object.assign(new CreateApiKeyPayload(), { apiKey: toApiKey(row), secret });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RevokeApiKeyPayload, {
    description:
      'Revokes an API key at once: later requests with it are UNAUTHENTICATED. Needs an ADMIN key.',
  })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { description: 'Which key.', ...INPUT_ARG })
    input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ) {
    const id = fromGlobalId(input.id, 'ApiKey', 'input.id');
    return runMutation(ctx, async (tx) => ({ node: toApiKey(await this.service.revoke(tx, id)) }));
  }
}
