import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { Customer } from '../customers/customer.entity';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { SHARE_COLUMNS, shareCustomer, unshareCustomer, type ShareRow } from './sharing.service';

@ObjectType({ description: '共享: a colleague who may see (or edit) a customer they do not own' })
export class CustomerShare {
  @Field(() => ID, { description: 'Customer id' })
  customerId: string;

  @Field({ description: 'True: may edit the customer and add contacts and follow-ups; false: read only' })
  canEdit: boolean;

  @Field(() => Date, { nullable: true, description: 'The share ends then (null: until revoked)' })
  expiresAt: Date | null;

  @Field({ description: 'When it was shared' })
  createdAt: Date;

  userId: string;
  sharedById: string | null;
}

const toShares = (rows: ShareRow[]) => rows.map((r) => Object.assign(new CustomerShare(), r));

/** Current (unexpired) shares per customer, one statement for a whole page of customers. */
const sharesByCustomer = defineLoader(
  (ctx) =>
    new DataLoader<string, CustomerShare[]>(async (ids) =>
      groupByKey(
        ids,
        toShares(
          await ctx.dataSource.query(
            `SELECT ${SHARE_COLUMNS} FROM customer_shares s WHERE s.customer_id = ANY($1::uuid[]) AND (s.expires_at IS NULL OR s.expires_at > now())
              ORDER BY s.created_at, s.user_id`,
            [ids],
          ),
        ),
        (s) => s.customerId,
      ),
    ),
);

@Resolver(() => CustomerShare)
export class CustomerShareResolver {
  @FieldResolver(() => User, { description: 'Who it is shared with' })
  user(@Root() s: CustomerShare, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(s.userId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who shared it' })
  sharedBy(@Root() s: CustomerShare, @Ctx() ctx: Context) {
    return s.sharedById ? ctx.loaders.get(userById).load(s.sharedById) : null;
  }
}

@Resolver(() => Customer)
export class SharingResolver {
  @FieldResolver(() => [CustomerShare], { description: 'Colleagues the customer is shared with (expired shares left out)' })
  shares(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.get(sharesByCustomer).load(c.id);
  }

  @Mutation(() => [CustomerShare], {
    description:
      '共享客户: let colleagues see (canEdit: also edit) a customer you control, optionally until expiresAt. Returns all its shares.',
  })
  async shareCustomer(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('userIds', () => [ID], { description: 'Colleagues to share with (1–50)' }) userIds: string[],
    @Arg('canEdit', { description: 'Read-write (true) or read-only (false)' }) canEdit: boolean,
    @Arg('expiresAt', () => Date, { nullable: true, description: 'Share ends at this time (must be in the future); null: until revoked' })
    expiresAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    return toShares(await shareCustomer(ctx, customerId, userIds, canEdit, expiresAt));
  }

  @Mutation(() => [CustomerShare], {
    description: "取消共享: remove colleagues' access to a customer you control. Returns the remaining shares.",
  })
  async unshareCustomer(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('userIds', () => [ID], { description: 'Colleagues to remove' }) userIds: string[],
    @Ctx() ctx: Context,
  ) {
    return toShares(await unshareCustomer(ctx, customerId, userIds));
  }
}
