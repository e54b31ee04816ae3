import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { CreateExportInput, ExportAuditFilter } from './export.inputs';
import { createExport, listExportAudit } from './export.service';
import { ExportAuditConnection, ExportAuditEntry, ExportLink } from './export.types';

@ArgsType()
class ExportAuditArgs extends PageArgs {
  @Field(() => ExportAuditFilter, { nullable: true, description: 'Narrow the log' })
  filter?: ExportAuditFilter | null;
}

/** 导出: Excel/PDF files of lists and reports, for users with the export permission; every export is audited. */
@Resolver()
export class ExportResolver {
  @Mutation(() => ExportLink, {
    description:
      'Prepare an export of a filtered list or a report (needs the export permission: FORBIDDEN otherwise). Records it in the ' +
      'export audit and returns a signed link, valid for a few minutes, that streams the file.',
  })
  createExport(
    @Arg('input', () => CreateExportInput, { description: 'What to export and how' }) input: CreateExportInput,
    @Ctx() ctx: Context,
  ) {
    return createExport(ctx, input);
  }

  @Query(() => ExportAuditConnection, { description: '导出记录: every export, newest first (admins only)' })
  exportAudit(@Args() args: ExportAuditArgs, @Ctx() ctx: Context) {
    return listExportAudit(ctx, args.filter, args.first, args.after);
  }
}

@Resolver(() => ExportAuditEntry)
export class ExportAuditEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who exported' })
  user(@Root() e: ExportAuditEntry, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(e.userId);
  }
}
