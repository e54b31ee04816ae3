import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { ChangeLog } from './change-log.entity';

@Resolver(() => ChangeLog)
export class ChangeLogResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made the change (null for the system, e.g. the pool reclaim job)' })
  actor(@Root() l: ChangeLog, @Ctx() ctx: Context) {
    return l.actorId ? ctx.loaders.get(userById).load(l.actorId) : null;
  }
}
