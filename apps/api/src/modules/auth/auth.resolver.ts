import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { badInput, msg } from '../../graphql/errors';
import { User } from '../users/user.entity';
import { AuthPayload } from './auth.types';
import * as auth from './auth.service';
import { publishRevocation } from '../../graphql/revocation';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password. The only operation that needs no token.' })
  login(
    @Arg('email', { description: 'Sign-in email (case-insensitive)' }) email: string,
    @Arg('password', { description: 'Password' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return auth.login(ctx, email, password, ctx);
  }

  @Query(() => User, { description: 'The signed-in user' })
  me(@Ctx() ctx: Context): User {
    return requireUser(ctx);
  }

  @Mutation(() => User, {
    description:
      "Set the language you read Kehu in (zh-CN or en): notifications in the inbox, the live toast, email and robots, and the API's errors follow it",
  })
  async setMyLocale(@Arg('locale', { description: 'zh-CN or en' }) locale: string, @Ctx() ctx: Context): Promise<User> {
    const user = requireUser(ctx);
    if (locale !== 'zh-CN' && locale !== 'en') throw badInput('locale', msg('auth.invalidLocale'));
    await ctx.dataSource.query(`UPDATE users SET locale = $2 WHERE id = $1`, [user.id, locale]);
    user.locale = locale;
    return user;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Change your own password (≥ 8 characters with a letter, a digit and a special character). Signs out every other session and returns a new token.',
  })
  async changePassword(
    @Arg('currentPassword', { description: 'The password in use now' }) currentPassword: string,
    @Arg('newPassword', { description: 'The new password' }) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const session = await auth.changePassword(ctx.dataSource, ctx.config, requireUser(ctx), currentPassword, newPassword);
    publishRevocation(ctx.pubSub, { userId: session.user.id }); // closes the old token's open sockets
    return session;
  }
}
