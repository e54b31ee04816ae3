import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Customer } from '../customers/customer.entity';
import { ContactInput } from '../customers/customer.inputs';
import { customerById } from '../customers/customer.loaders';
import { Contact } from './contact.entity';
import * as contacts from './contact.service';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Customer, { description: 'The customer this contact belongs to' })
  customer(@Root() k: Contact, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(k.customerId);
  }

  @Mutation(() => Contact, { description: 'Add a contact to a customer (the first one becomes primary)' })
  createContact(
    @Arg('customerId', () => ID, { description: 'Customer id' }) customerId: string,
    @Arg('input', () => ContactInput, { description: 'The contact' }) input: ContactInput,
    @Arg('primary', () => Boolean, { defaultValue: false, description: 'Make it the primary contact' }) primary: boolean,
    @Ctx() ctx: Context,
  ) {
    return contacts.createContact(ctx, customerId, input, primary);
  }

  @Mutation(() => Contact, { description: 'Edit a contact; a stale `version` is a CONFLICT' })
  updateContact(
    @Arg('id', () => ID, { description: 'Contact id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => ContactInput, { description: "The contact's new values (all fields; send the ones you keep)" }) input: ContactInput,
    @Ctx() ctx: Context,
  ) {
    return contacts.updateContact(ctx, id, version, input);
  }

  @Mutation(() => Boolean, { description: 'Delete a contact (not the last one of a customer)' })
  deleteContact(@Arg('id', () => ID, { description: 'Contact id' }) id: string, @Ctx() ctx: Context) {
    return contacts.deleteContact(ctx, id);
  }

  @Mutation(() => Contact, { description: 'Make a contact the primary one; the previous primary is demoted in the same transaction' })
  setPrimaryContact(@Arg('id', () => ID, { description: 'Contact id' }) id: string, @Ctx() ctx: Context) {
    return contacts.setPrimaryContact(ctx, id);
  }
}
