import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { BulkExport } from './bulk-export.entity';
import { StartBulkExportInput } from './bulk-export.inputs';
import { bulkExport, bulkExportLink, bulkExports, startBulkExport } from './bulk-export.service';
import { BulkExportConnection } from './bulk-export.types';

/**
 * 批量导出 (bulk reads): a whole filtered list written to a file in the background, charged once in the rate limiter
 * (the mutation), however many records the file holds. The file is fetched with a plain GET of `url`.
 */
@Resolver(() => BulkExport)
export class BulkExportResolver {
  @Mutation(() => BulkExport, {
    description:
      'Start a bulk read of a list (customers with contacts, contacts, follow-ups, opportunities, contracts, plans, receipts, invoices) with the ' +
      'same filter as that list, in your data scope. Needs the export permission (for an API key, `<area>:export`). Runs in the background: ' +
      'poll `bulkExport(id)` for progress, then GET its `url`.',
  })
  startBulkExport(
    @Arg('input', () => StartBulkExportInput, { description: 'What to read and in which format' }) input: StartBulkExportInput,
    @Ctx() ctx: Context,
  ) {
    return startBulkExport(ctx, input);
  }

  @Query(() => BulkExport, {
    description: 'One bulk export (yours, or any for admins): status, progress and, when DONE, the download link',
  })
  bulkExport(@Arg('id', () => ID, { description: 'Bulk export id' }) id: string, @Ctx() ctx: Context) {
    return bulkExport(ctx, id);
  }

  @Query(() => BulkExportConnection, { description: "批量导出记录: your bulk exports (admins: everyone's), newest first" })
  bulkExports(@Args() page: BidirectionalPageArgs, @Ctx() ctx: Context) {
    return bulkExports(ctx, BulkExportConnection, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'When DONE: a signed download link, relative to the API origin, valid for a few minutes (`urlExpiresAt`); GET it without an ' +
      'Authorization header. Each read of this field makes a fresh link. Null until the file is ready.',
  })
  url(@Root() e: BulkExport, @Ctx() ctx: Context) {
    return bulkExportLink(ctx, e)?.url ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When a link read now stops working' })
  urlExpiresAt(@Root() e: BulkExport, @Ctx() ctx: Context) {
    return bulkExportLink(ctx, e)?.expiresAt ?? null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who started it (the file holds what they may see)' })
  user(@Root() e: BulkExport, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(e.userId);
  }
}
