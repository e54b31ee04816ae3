import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../graphql/errors';
import type { User } from '../users/user.entity';

/** The signed-in user; the auth plugin has already refused anonymous operations, this narrows the type. */
export function requireUser(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
