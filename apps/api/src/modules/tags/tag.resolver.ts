import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { writeChangeLog } from '../audit/change-log.service';
import { Customer } from '../customers/customer.entity';
import { Tag } from './tag.entity';
import { addCustomerTags, cleanTagNames, deleteTag, removeCustomerTags } from './tag.service';

@ObjectType({ description: 'The result of deleting a tag' })
export class DeleteTagPayload {
  @Field(() => ID, { description: 'Id of the deleted tag' })
  id: string;

  @Field({ description: 'Its name' })
  name: string;

  @Field(() => Int, { description: 'Customers that carried it (each has a TAG_REMOVE line in its change log)' })
  customersUntagged: number;
}

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

  @Mutation(() => DeleteTagPayload, {
    description:
      '删除标签: remove a tag from every customer and from the list (permission tag.edit; every customer carrying it must be one you may edit)',
  })
  deleteTag(@Arg('id', () => ID, { description: 'Tag id' }) id: string, @Ctx() ctx: Context) {
    return deleteTag(ctx, id);
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
          customerId,
          entityType: 'Customer',
          entityId: customerId,
          action: how === 'add' ? 'TAG_ADD' : 'TAG_REMOVE',
          actorId: user.id,
          at: ctx.clock.now(),
          changes: [{ field: 'tags', before: how === 'add' ? null : { value: changed }, after: how === 'add' ? { value: changed } : null }],
        });
      }
    });
    return ctx.dataSource.getRepository(Customer).findOneByOrFail({ id: customerId });
  }
}
