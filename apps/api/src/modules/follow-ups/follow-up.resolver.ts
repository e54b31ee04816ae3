import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Contact } from '../contacts/contact.entity';
import { contactById } from '../contacts/contact.loaders';
import { Customer } from '../customers/customer.entity';
import { customerById } from '../customers/customer.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { FollowUp } from './follow-up.entity';
import { FollowUpInput, UpdateFollowUpInput } from './follow-up.inputs';
import * as followUps from './follow-up.service';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => User, { description: '记录人: who wrote the record' })
  author(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(f.authorId);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'The contact spoken to' })
  contact(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return f.contactId ? ctx.loaders.get(contactById).load(f.contactId) : null;
  }

  @FieldResolver(() => Customer, { description: 'The customer' })
  customer(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(f.customerId);
  }

  @Mutation(() => FollowUp, { description: "写跟进: record a follow-up; updates the customer's last and next follow-up times" })
  createFollowUp(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('input', () => FollowUpInput, { description: 'The record' }) input: FollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return followUps.createFollowUp(ctx, customerId, input);
  }

  @Mutation(() => FollowUp, { description: 'Edit a follow-up (its author or an admin); a stale `version` is a CONFLICT' })
  updateFollowUp(
    @Arg('id', () => ID, { description: 'Follow-up id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateFollowUpInput, { description: 'Fields to change' }) input: UpdateFollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return followUps.updateFollowUp(ctx, id, version, input);
  }

  @Mutation(() => Boolean, {
    description:
      "Delete a follow-up (its author or an admin, as for editing); a stale `version` is a CONFLICT. The customer's last and next follow-up times are recomputed",
  })
  deleteFollowUp(
    @Arg('id', () => ID, { description: 'Follow-up id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Ctx() ctx: Context,
  ) {
    return followUps.deleteFollowUp(ctx, id, version);
  }
}
