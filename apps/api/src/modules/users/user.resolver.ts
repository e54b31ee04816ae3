import { DEFAULT_LOCALE } from '@kehu/domain';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { can } from '../access/permissions';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { userById } from './user.loaders';
import * as users from './user.service';
import { UserConnection, UserSignIn } from './user.types';

@ObjectType({ description: 'The result of deactivating a user' })
export class DeactivateUserPayload {
  @Field(() => User, { description: 'The deactivated user' })
  user: User;

  @Field(() => Int, { description: 'Customers handed to the receiver' })
  customersMoved: number;
}

/** Admins (user management) and the user themselves see sign-in safety details; others see null. */
const mayManage = (ctx: Context, user: User) => {
  const viewer = requireUser(ctx);
  return viewer.id === user.id || can(viewer, 'users.manage');
};

@Resolver(() => User)
export class UserFieldsResolver {
  @FieldResolver(() => String, {
    description:
      'The language the user reads Kehu in: zh-CN (the default until they choose, setMyLocale) or en. Notifications (inbox, live, email, robots) and errors use it.',
  })
  locale(@Root() user: User): string {
    return user.locale ?? DEFAULT_LOCALE;
  }

  @FieldResolver(() => User, { nullable: true, description: "The user's manager in the sales hierarchy" })
  manager(@Root() user: User, @Ctx() ctx: Context): Promise<User | null> | null {
    return user.managerId ? ctx.loaders.get(userById).load(user.managerId) : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'Sign-in locked until then after 5 wrong passwords within 15 minutes (visible to admins and the user; null otherwise)',
  })
  lockedUntil(@Root() user: User, @Ctx() ctx: Context): Date | null {
    if (!mayManage(ctx, user) || !user.lockedUntil || user.lockedUntil <= ctx.clock.now()) return null;
    return user.lockedUntil;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Wrong passwords in the current 15-minute window (visible to admins and the user; null otherwise)',
  })
  failedLoginCount(@Root() user: User, @Ctx() ctx: Context): number | null {
    return mayManage(ctx, user) ? (user.failedLoginCount ?? 0) : null;
  }
}

@Resolver()
export class UserResolver {
  @Query(() => UserConnection, { description: '用户列表: admins see everyone, managers their team (any depth), others themselves' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Filters; all given must match' }) filter: UserFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return users.listUsers(ctx, UserConnection, { filter, ...page });
  }

  @Query(() => [UserSignIn], { description: "登录记录: recent sign-ins, newest first — your own, or any user's for admins" })
  signIns(
    @Arg('userId', () => ID, { nullable: true, description: 'Whose (default: yours)' }) userId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many (1–100, default 20)' }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return users.listSignIns(ctx, userId, first);
  }

  @Mutation(() => User, { description: '新建用户 (admins): the user must change the given password at first sign-in' })
  createUser(@Arg('input', () => CreateUserInput, { description: 'The new user' }) input: CreateUserInput, @Ctx() ctx: Context) {
    return users.createUser(ctx, input);
  }

  @Mutation(() => User, {
    description: 'Edit a user (admins): name, contact, role, manager. A manager that would create a cycle is refused.',
  })
  updateUser(
    @Arg('id', () => ID, { description: 'User id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateUserInput, { description: 'Fields to change' }) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return users.updateUser(ctx, id, version, input);
  }

  @Mutation(() => DeactivateUserPayload, {
    description:
      '停用用户 / 离职 (admins): ends their sessions. Refused with CONFLICT while they own customers unless receiverId names who takes them (with open opportunities, live contracts and open tasks), in one transaction.',
  })
  async deactivateUser(
    @Arg('id', () => ID, { description: 'User id' }) id: string,
    @Arg('receiverId', () => ID, { nullable: true, description: 'Who receives their customers' }) receiverId: string | null,
    @Ctx() ctx: Context,
  ): Promise<DeactivateUserPayload> {
    const { user, moved } = await users.deactivateUser(ctx, id, receiverId);
    return { user, customersMoved: moved?.customerIds.length ?? 0 };
  }

  @Mutation(() => User, { description: 'Grant (true) or revoke (false) the export permission of one user (admins)' })
  setExportPermission(
    @Arg('userId', () => ID, { description: 'User id' }) userId: string,
    @Arg('allowed', { description: 'May export' }) allowed: boolean,
    @Ctx() ctx: Context,
  ) {
    return users.setExportPermission(ctx, userId, allowed);
  }

  @Mutation(() => Boolean, {
    description:
      '退出所有设备: every token of yours stops working at once, this one included, and your open live connections are closed. Sign in again afterwards.',
  })
  signOutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    return users.signOutEverywhere(ctx);
  }

  @Mutation(() => User, { description: 'Lift a sign-in lock before it runs out (admins)' })
  unlockUser(@Arg('id', () => ID, { description: 'User id' }) id: string, @Ctx() ctx: Context) {
    return users.unlockUser(ctx, id);
  }
}
