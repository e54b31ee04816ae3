import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { writeChangeLog } from '../audit/change-log.service';
import { Customer } from '../customers/customer.entity';
import { Tag } from './tag.entity';
import { addCustomerTags, cleanTagNames, removeCustomerTags } from './tag.service';

@Resolver(() => Tag)
export class TagResolver {
  @Query(() => [Tag], { description: 'Every tag in use, by name (for pickers and filters)' })
  tags(@Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.dataSource.getRepository(Tag).find({ order: { name: 'ASC' } });
  }

  @Mutation(() => Customer, { description: '打标签: add tags to a customer (new tags are created)' })
  addTags(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('names', () => [String], { description: 'Tag names' }) names: string[],
    @Ctx() ctx: Context,
  ) {
    return this.change(ctx, customerId, names, 'add');
  }

  @Mutation(() => Customer, { description: 'Remove tags from a customer' })
  removeTags(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('names', () => [String], { description: 'Tag names' }) names: string[],
    @Ctx() ctx: Context,
  ) {
    return this.change(ctx, customerId, names, 'remove');
  }

  private async change(ctx: Context, customerId: string, rawNames: string[], how: 'add' | 'remove') {
    const user = requireUser(ctx);
    assertCan(user, 'tag.edit');
    const names = cleanTagNames(rawNames, 'names');
    await ctx.dataSource.transaction(async (em) => {
      await loadCustomerFor(em, user, customerId, 'edit');
      const changed = how === 'add' ? await addCustomerTags(em, customerId, names) : await removeCustomerTags(em, customerId, names);
      if (changed.length) {
        await writeChangeLog(em, {
          customerId, entityType: 'Customer', entityId: customerId, action: how === 'add' ? 'TAG_ADD' : 'TAG_REMOVE', actorId: user.id, at: ctx.clock.now(),
          changes: [{ field: 'tags', before: how === 'add' ? null : { value: changed }, after: how === 'add' ? { value: changed } : null }],
        });
      }
    });
    return ctx.dataSource.getRepository(Customer).findOneByOrFail({ id: customerId });
  }
}
