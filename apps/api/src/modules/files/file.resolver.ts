import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preparedQuery } from '../../db/prepared';
import { hydrate, selectColumns } from '../../db/rows';
import type { Context } from '../../graphql/context';
import { defineLoader, groupByKey } from '../../graphql/loaders';
import { readableCustomerSql } from '../access/customer-scope';
import { requireUser } from '../access/current-user';
import { Contact } from '../contacts/contact.entity';
import { Contract } from '../contracts/contract.entity';
import { Customer } from '../customers/customer.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { registerNodeType } from '../node/node.registry';
import { Receipt } from '../payments/payment.entity';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Visit } from '../visits/visit.entity';
import { Attachment, AttachmentCategory } from './file.entity';
import { allowedKinds, deleteAttachment, listAttachments, signedDownloadPath } from './file.service';

// node(id): a file is visible exactly when its customer is (and neither is deleted).
registerNodeType({
  typename: 'Attachment',
  entity: Attachment,
  table: 'files',
  customerIdSql: null,
  // A key also needs the read scope of the record's kind (deals:read for contract and receipt files).
  visibleSql: (user, params, apiKey) =>
    `(t.deleted_at IS NULL AND t.record_kind = ANY(${params.p(allowedKinds(apiKey, 'read'))}::text[]) AND EXISTS (SELECT 1 FROM customers c WHERE c.id = t.customer_id AND c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}))`,
  area: 'customers',
});

@InputType({ description: 'Which files to list' })
class AttachmentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the file name, e.g. 营业执照 (case-insensitive)' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only files of this customer (on any of its records)' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only files attached to this record' })
  recordId?: string | null;

  @Field(() => AttachmentCategory, { nullable: true, description: 'Only files of this category' })
  category?: AttachmentCategory | null;
}

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => [Attachment], { description: 'Files you may see, newest first (at most 100); find them by name with `filter.name`' })
  attachments(
    @Arg('filter', () => AttachmentFilter, { nullable: true, description: 'Conditions, all of which must hold' })
    filter: AttachmentFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1–100)' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return listAttachments(ctx, filter ?? {}, first);
  }

  @Mutation(() => Attachment, { description: 'Deletes a file (needs edit rights on its customer); its bytes are removed from storage' })
  deleteAttachment(@Arg('id', () => ID, { description: "The file's id" }) id: string, @Ctx() ctx: Context) {
    return deleteAttachment(ctx, id);
  }

  @FieldResolver(() => String, {
    description:
      'A link to the file for <img src> or <a href> that works without a token for 5 minutes, relative to the API ' +
      '(e.g. /files/…?u=…&e=…&s=…; add &download=1 to save instead of showing); for a file kept elsewhere, its outside URL',
  })
  downloadUrl(@Root() file: Attachment, @Ctx() ctx: Context): string {
    return file.storageKey ? signedDownloadPath(ctx, file.id, requireUser(ctx).id) : file.externalUrl!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded it' })
  uploadedBy(@Root() file: Attachment, @Ctx() ctx: Context) {
    return file.uploadedById ? ctx.loaders.get(userById).load(file.uploadedById) : null;
  }
}

/** The live files attached to each record, newest first, in one statement per request round. */
export const attachmentsByRecord = defineLoader(
  (ctx) =>
    new DataLoader<string, Attachment[]>(async (ids) =>
      groupByKey(
        ids,
        hydrate(
          Attachment,
          await preparedQuery(
            ctx,
            `SELECT ${selectColumns(ctx.dataSource, Attachment, 'f')} FROM files f
              WHERE f.record_id = ANY($1::uuid[]) AND f.deleted_at IS NULL AND f.record_kind = ANY($2::text[])
              ORDER BY f.uploaded_at DESC, f.id DESC`,
            [ids, allowedKinds(ctx.apiKey, 'read')],
          ),
        ),
        (f) => f.recordId,
      ),
    ),
);

/** `attachments` (or `name`) on a record type: the files attached to that record. */
function recordAttachmentsResolver(target: new () => { id: string }, typeName: string, name = 'attachments', deprecationReason?: string) {
  @Resolver(() => target)
  class RecordAttachmentsResolver {
    @FieldResolver(() => [Attachment], {
      name,
      deprecationReason,
      description: `附件: the files attached to this ${typeName}, newest first`,
    })
    attachmentsOfRecord(@Root() record: { id: string }, @Ctx() ctx: Context) {
      return ctx.loaders.get(attachmentsByRecord).load(record.id);
    }
  }
  Object.defineProperty(RecordAttachmentsResolver, 'name', {
    value: `${typeName}${name === 'attachments' ? 'Attachments' : 'Files'}Resolver`,
  });
  return RecordAttachmentsResolver;
}

/** Every resolver class of the files module (graphql/resolvers.ts lists them). */
export const fileResolvers = [
  AttachmentResolver,
  recordAttachmentsResolver(Customer, 'Customer'),
  recordAttachmentsResolver(Contact, 'Contact'),
  recordAttachmentsResolver(FollowUp, 'FollowUp'),
  recordAttachmentsResolver(Visit, 'Visit'),
  recordAttachmentsResolver(Contract, 'Contract'),
  // Contract.files: the name this list had while the old metadata list held `attachments`; kept, deprecated.
  recordAttachmentsResolver(Contract, 'Contract', 'files', 'Use `attachments` (the same files)'),
  recordAttachmentsResolver(Receipt, 'Receipt'),
];
