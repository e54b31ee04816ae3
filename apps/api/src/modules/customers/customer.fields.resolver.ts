import { cursorTime } from '../../db/rows';
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { countWhenSelected, PageArgs, pageSize, toConnection } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import type { LoaderFactory } from '../../graphql/loaders';
import { changeLogCountsByCustomer, changeLogPagesByCustomer } from '../audit/change-log.loaders';
import { ChangeLogConnection } from '../audit/change-log.types';
import { Contact } from '../contacts/contact.entity';
import { contactsByCustomer } from '../contacts/contact.loaders';
import { followUpCountsByCustomer, followUpPagesByCustomer } from '../follow-ups/follow-up.loaders';
import { FollowUpConnection } from '../follow-ups/follow-up.types';
import { Tag } from '../tags/tag.entity';
import { tagsByCustomer } from '../tags/tag.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Customer } from './customer.entity';
import { customerRelation } from './customer.prefetch';
import { DuplicateCandidate, DuplicateCandidateOwner } from './customer.types';

// How each relation loads, from the customer's id alone: its field resolver below, and customer(id) ahead of
// it (customer.prefetch.ts), make the very same DataLoader calls.
const contactsOf = customerRelation('contacts', (ctx, id: string) => ctx.loaders.get(contactsByCustomer).load(id));
customerRelation('primaryContact', contactsOf);
const tagsOf = customerRelation('tags', (ctx, id: string) => ctx.loaders.get(tagsByCustomer).load(id));

/** A paged relation: its page, and its count when a prefetch sees totalCount selected (the field resolver asks through countWhenSelected). */
function pagedRelation<V>(
  field: string,
  pages: (ctx: Context, args: { limit: number; after: string | null }) => DataLoader<string, V>,
  counts: LoaderFactory<string, number>,
) {
  return customerRelation(field, (ctx, id: string, page: PageArgs, selects) => {
    if (selects?.('totalCount'))
      void ctx.loaders
        .get(counts)
        .load(id)
        .catch(() => undefined);
    return ctx.loaders.getVariant(pages, { limit: pageSize(page.first), after: page.after ?? null }).load(id);
  });
}
const followUpPageOf = pagedRelation('followUps', followUpPagesByCustomer, followUpCountsByCustomer);
const changeLogPageOf = pagedRelation('changeLog', changeLogPagesByCustomer, changeLogCountsByCustomer);

/**
 * Relations of a customer. The customer itself was already checked against the caller's data scope,
 * so what hangs under it is visible too. Every relation goes through a per-request DataLoader.
 */
@Resolver(() => Customer)
export class CustomerFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: '负责人: the salesperson holding the customer; null while in the pool' })
  owner(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.ownerId ? ctx.loaders.get(userById).load(c.ownerId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who created the customer' })
  createdBy(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.createdById ? ctx.loaders.get(userById).load(c.createdById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True while the customer is in the public pool (公海)' })
  inPool(@Root() c: Customer): boolean {
    return c.ownerId === null;
  }

  @FieldResolver(() => [Contact], { description: '联系人: all contacts, the primary one first' })
  contacts(@Root() c: Customer, @Ctx() ctx: Context) {
    return contactsOf(ctx, c.id, {});
  }

  @FieldResolver(() => Contact, { nullable: true, description: '首要联系人' })
  async primaryContact(@Root() c: Customer, @Ctx() ctx: Context) {
    const contacts = await contactsOf(ctx, c.id, {});
    return contacts.find((k) => k.isPrimary) ?? null;
  }

  @FieldResolver(() => [Tag], { description: '标签' })
  tags(@Root() c: Customer, @Ctx() ctx: Context) {
    return tagsOf(ctx, c.id, {});
  }

  @FieldResolver(() => FollowUpConnection, { description: '跟进记录, newest first' })
  async followUps(@Root() c: Customer, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const limit = pageSize(page.first);
    const count = countWhenSelected(info, () => ctx.loaders.get(followUpCountsByCustomer).load(c.id));
    const rows = await followUpPageOf(ctx, c.id, page);
    return toConnection(FollowUpConnection, rows, limit, (f) => [cursorTime(f.at), f.id], count, !!page.after);
  }

  @FieldResolver(() => ChangeLogConnection, { description: '变更日志: every change to the customer and its contacts, newest first' })
  async changeLog(@Root() c: Customer, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const limit = pageSize(page.first);
    const count = countWhenSelected(info, () => ctx.loaders.get(changeLogCountsByCustomer).load(c.id));
    const rows = await changeLogPageOf(ctx, c.id, page);
    return toConnection(ChangeLogConnection, rows, limit, (l) => [l.id], count, !!page.after);
  }
}

@Resolver(() => DuplicateCandidate)
export class DuplicateCandidateResolver {
  @FieldResolver(() => DuplicateCandidateOwner, { nullable: true, description: 'Who holds it (null: in the public pool): the name only' })
  async owner(@Root() d: DuplicateCandidate, @Ctx() ctx: Context): Promise<DuplicateCandidateOwner | null> {
    const user = d.ownerId ? await ctx.loaders.get(userById).load(d.ownerId) : null;
    return user ? { id: user.id, name: user.name } : null;
  }
}
