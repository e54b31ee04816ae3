import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import { noteOf } from '../audit/change-log.service';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { userInScope } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { moveCustomers } from './reassign';

@ObjectType({ description: 'What a reassignment moved' })
export class ReassignPayload {
  @Field(() => [ID], { description: 'The customers that changed owner' })
  customerIds: string[];

  @Field(() => Int, { description: 'Open opportunities (not won or lost) that moved with them' })
  opportunities: number;

  @Field(() => Int, { description: 'Live contracts (not completed or terminated) that moved with them' })
  contracts: number;

  @Field(() => Int, { description: 'Open tasks that moved with them' })
  tasks: number;
}

@Resolver()
export class TeamResolver {
  @Mutation(() => ReassignPayload, {
    description:
      '转移客户: move all (or the chosen) customers of one user to another, with their open opportunities, live contracts and open tasks, in one transaction, logged as OWNER_CHANGE. Admins anyone; managers within their team.',
  })
  async reassignCustomers(
    @Arg('fromUserId', () => ID, { description: 'Current owner' }) fromUserId: string,
    @Arg('toUserId', () => ID, { description: 'New owner (active)' }) toUserId: string,
    @Arg('customerIds', () => [ID], {
      nullable: true,
      description: 'Only these customers (all must belong to fromUserId); omitted: all of them',
    })
    customerIds: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<ReassignPayload> {
    const user = requireUser(ctx);
    assertCan(user, 'customer.reassign');
    if (!isUuid(fromUserId)) throw badInput('fromUserId', msg('team.unknownUser'));
    if (!isUuid(toUserId)) throw badInput('toUserId', msg('team.unknownUser'));
    if (fromUserId === toUserId) throw badInput('toUserId', msg('team.sameUser'));
    customerIds?.forEach((id, i) => {
      if (!isUuid(id)) throw badInput(`customerIds.${i}`, msg('team.unknownCustomer'));
    });
    if (customerIds && !customerIds.length) throw badInput('customerIds', msg('team.chooseLeastOneCustomer'));
    const now = ctx.clock.now();
    const result = await ctx.dataSource.transaction(async (em) => {
      const users: { id: string; active: boolean; name: string }[] = await em.query(
        `SELECT id, active, name FROM users WHERE id = ANY($1::uuid[])`,
        [[fromUserId, toUserId]],
      );
      const from = users.find((u) => u.id === fromUserId);
      const to = users.find((u) => u.id === toUserId);
      if (!from) throw badInput('fromUserId', msg('team.unknownUser'));
      if (!to || !to.active) throw badInput('toUserId', msg('team.unknownDeactivatedUser'));
      // Managers reassign within their own team only (the data scope's tree); admins between anyone.
      if (!(await userInScope(em, user, fromUserId))) throw badInput('fromUserId', msg('team.notYourTeam'));
      if (!(await userInScope(em, user, toUserId))) throw badInput('toUserId', msg('team.notYourTeam'));
      if (customerIds) {
        const unique = [...new Set(customerIds)];
        const owned: { id: string }[] = await em.query(`SELECT id FROM customers WHERE id = ANY($1::uuid[]) AND owner_id = $2 FOR UPDATE`, [
          unique,
          fromUserId,
        ]);
        const ok = new Set(owned.map((o) => o.id));
        const bad = customerIds.findIndex((id) => !ok.has(id));
        if (bad >= 0) throw badInput(`customerIds.${bad}`, msg('team.customerNotOwnedFromuserid'));
      }
      return moveCustomers(em, {
        fromUserId,
        toUserId,
        customerIds: customerIds ? [...new Set(customerIds)] : null,
        actorId: user.id,
        at: now,
        note: noteOf(msg('changeLog.reassigned', { from: from.name, to: to.name })),
      });
    });
    return { ...result };
  }
}
