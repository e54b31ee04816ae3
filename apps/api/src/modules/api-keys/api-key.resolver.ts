import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { ApiKey } from './api-key.entity';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { ApiKeyConnection, CreateApiKeyInput, CreatedApiKey } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'API 密钥 (admins): the keys integrations use, newest first' })
  apiKeys(
    @Args() page: BidirectionalPageArgs,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: 'Also list revoked keys' }) includeRevoked: boolean,
    @Ctx() ctx: Context,
  ) {
    return listApiKeys(ctx, ApiKeyConnection, page, includeRevoked);
  }

  @Mutation(() => CreatedApiKey, { description: 'Create an API key (admins). The secret is in the answer and never again.' })
  createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'The new key' }) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return createApiKey(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Revoke an API key (admins): it stops working at once' })
  revokeApiKey(@Arg('id', () => ID, { description: 'API key id' }) id: string, @Ctx() ctx: Context) {
    return revokeApiKey(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user the key acts as' })
  owner(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(key.ownerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who created the key' })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return key.createdById ? ctx.loaders.get(userById).load(key.createdById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the key works now: not revoked and not expired' })
  active(@Root() key: ApiKey, @Ctx() ctx: Context) {
    return !key.revokedAt && (!key.expiresAt || key.expiresAt.getTime() > ctx.clock.now().getTime());
  }
}
