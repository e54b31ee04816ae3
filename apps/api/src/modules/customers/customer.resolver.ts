import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { BidirectionalPageArgs, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { Customer } from './customer.entity';
import { CreateCustomerInput, CustomerFilter, CustomerOrder, UpdateCustomerInput } from './customer.inputs';
import { listCustomers } from './customer.list';
import { prefetchCustomerRelations } from './customer.prefetch';
import { listRecycleBin } from './customer.recycle-bin';
import * as customers from './customer.service';
import { findDuplicates } from './customer.duplicates';
import { CustomerConnection, DuplicateCandidate } from './customer.types';
import { phoneNumber } from './customer.validation';
import { MergeFieldChoice, MergeResult, mergeCustomers } from './customer.merge';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: '客户列表: customers you may see, filtered, sorted and paged by cursor' })
  customers(
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'Filters; all given must match' }) filter: CustomerFilter | null,
    @Arg('orderBy', () => CustomerOrder, { nullable: true, description: 'Sort order (default: newest first)' })
    orderBy: CustomerOrder | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return listCustomers(ctx, CustomerConnection, { filter, orderBy, ...page });
  }

  @Query(() => Customer, { nullable: true, description: 'One customer by id, or null when it does not exist or you may not see it' })
  customer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const found = customers.getCustomer(ctx, id);
    if (ctx.user && isUuid(id)) prefetchCustomerRelations(ctx, id, info); // in the same statement as the lookup
    return found;
  }

  @Query(() => [DuplicateCandidate], {
    description:
      '查重: existing customers with the same or a similar name (full/half width, punctuation, legal-form suffixes, traditional characters folded) or a contact with the same phone, with who holds them',
  })
  async duplicateCandidates(
    @Arg('name', () => String, { nullable: true, description: 'Customer name as typed' }) name: string | null,
    @Arg('phone', () => String, { nullable: true, description: 'A contact mobile or landline as typed' }) phone: string | null,
    @Ctx() ctx: Context,
  ) {
    const user = requireUser(ctx);
    const normalisedPhone = phone ? phoneNumber('phone', phone, '电话') : null;
    return findDuplicates(ctx.dataSource, user, { name, phones: [normalisedPhone] });
  }

  @Query(() => CustomerConnection, { description: '回收站: deleted customers you may see, most recently deleted first' })
  recycleBin(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return listRecycleBin(ctx, CustomerConnection, page);
  }

  @Mutation(() => Customer, { description: '新建客户 with its first contact; an exact duplicate is refused with DUPLICATE' })
  createCustomer(
    @Arg('input', () => CreateCustomerInput, { description: 'The new customer' }) input: CreateCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return customers.createCustomer(ctx, input);
  }

  @Mutation(() => Customer, { description: 'Edit a customer. `version` must be the one you read; a stale one is a CONFLICT.' })
  updateCustomer(
    @Arg('id', () => ID, { description: 'Customer id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateCustomerInput, { description: 'Fields to change' }) input: UpdateCustomerInput,
    @Ctx() ctx: Context,
  ) {
    return customers.updateCustomer(ctx, id, version, input);
  }

  @Mutation(() => Customer, {
    description: 'Move a customer to the recycle bin. Customers with contracts cannot be deleted: deactivate them.',
  })
  deleteCustomer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context) {
    return customers.deleteCustomer(ctx, id);
  }

  @Mutation(() => Customer, { description: 'Bring a customer back from the recycle bin' })
  restoreCustomer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context) {
    return customers.restoreCustomer(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Delete a customer in the recycle bin for good, with its contacts and follow-ups (admins)' })
  purgeCustomer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context) {
    return customers.purgeCustomer(ctx, id);
  }

  @Mutation(() => Customer, { description: '停用: deactivate a customer (kept with its history)' })
  deactivateCustomer(
    @Arg('id', () => ID, { description: 'Customer id' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why, for the change log' }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return customers.setCustomerStatus(ctx, id, 'DEACTIVATED', reason);
  }

  @Mutation(() => Customer, { description: '启用: reactivate a deactivated customer' })
  reactivateCustomer(@Arg('id', () => ID, { description: 'Customer id' }) id: string, @Ctx() ctx: Context) {
    return customers.setCustomerStatus(ctx, id, 'ACTIVE');
  }

  @Mutation(() => MergeResult, {
    description:
      '合并重复客户: moves every contact, follow-up, tag, custom value, share and every other related record (opportunities, contracts, receipts, visits, tasks…) ' +
      'of the duplicates to the master in one transaction, keeps the field values you choose, keeps exactly one primary contact, deletes the duplicates ' +
      "for good (their values stay in the master's change log) and logs the merge. You must be allowed to edit every customer involved. " +
      'With dryRun nothing changes and the result says what would happen.',
  })
  mergeCustomers(
    @Arg('masterId', () => ID, { description: 'The customer that survives' }) masterId: string,
    @Arg('duplicateIds', () => [ID], { description: 'The customers merged into the master and then deleted (1–20)' })
    duplicateIds: string[],
    @Arg('fieldChoices', () => [MergeFieldChoice], {
      defaultValue: [],
      description:
        "Field by field, whose value survives; a field not listed keeps the master's value, or the first duplicate's when the master has none",
    })
    fieldChoices: MergeFieldChoice[],
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Only report what would happen; change nothing' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return mergeCustomers(ctx, masterId, duplicateIds, fieldChoices, dryRun);
  }
}
