import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { ImportJob } from './import.entity';
import { ImportKind } from './import.enums';
import * as imports from './import.service';
import { ImportChoiceInput, ImportJobConnection, ImportRowConnection, ImportTemplate } from './import.types';

/**
 * Excel / CSV import. The file itself is uploaded over HTTP (`POST /imports?kind=CUSTOMERS&fileName=…` with the
 * file as the request body, up to 10 MB; answers `{ "id": … }`); everything else is GraphQL.
 */
@Resolver(() => ImportJob)
export class ImportJobResolver {
  @Query(() => ImportTemplate, {
    description: '下载导入模板: an .xlsx whose columns and drop-downs follow the current settings and custom fields',
  })
  importTemplate(@Arg('kind', () => ImportKind, { description: 'What the template is for' }) kind: ImportKind, @Ctx() ctx: Context) {
    return imports.importTemplate(ctx, kind);
  }

  @Query(() => ImportJob, { description: 'One import (yours, or any for admins): preview, progress and summary; poll it while it runs' })
  importJob(@Arg('id', () => ID, { description: 'Import id' }) id: string, @Ctx() ctx: Context) {
    return imports.importJob(ctx, id);
  }

  @Query(() => ImportJobConnection, { description: "导入记录: your imports (admins: everyone's), newest first" })
  importJobs(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return imports.importJobs(ctx, page.first, page.after);
  }

  @Mutation(() => ImportJob, {
    description: '开始导入: records the choices for duplicate rows and queues the background run (also resumes a FAILED import)',
  })
  startImport(
    @Arg('id', () => ID, { description: 'Import id' }) id: string,
    @Arg('choices', () => [ImportChoiceInput], {
      defaultValue: [],
      description: 'Choices for duplicate rows; a duplicate without one is skipped',
    })
    choices: ImportChoiceInput[],
    @Arg('ownerId', () => ID, {
      nullable: true,
      description: 'Owner of the created customers (default you; managers: someone in their team; admins: anyone)',
    })
    ownerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return imports.startImport(ctx, id, choices, ownerId);
  }

  @Mutation(() => ImportJob, {
    description: '撤销导入: removes the customers it created and restores those it updated, unless changed since (see revertReport)',
  })
  revertImport(@Arg('id', () => ID, { description: 'Import id' }) id: string, @Ctx() ctx: Context) {
    return imports.revertImport(ctx, id);
  }

  @FieldResolver(() => Int, { description: 'Progress in percent (processed rows / total rows), 100 when done' })
  progress(@Root() job: ImportJob): number {
    if (job.status === 'DONE' || job.status === 'REVERTED') return 100;
    return job.totalRows ? Math.floor((job.processedRows * 100) / job.totalRows) : 0;
  }

  @FieldResolver(() => ImportRowConnection, { description: 'Rows in file order, with errors, duplicates and outcome' })
  rows(
    @Root() job: ImportJob,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1–100, default 20)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last row of the previous page' }) after: string | null,
    @Arg('problemsOnly', () => Boolean, { defaultValue: false, description: 'Only rows with errors, duplicates or a failure' })
    problemsOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return imports.importRows(ctx, job, first, after, problemsOnly);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded it' })
  createdBy(@Root() job: ImportJob, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(job.createdById);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Owner of the created customers (null = the uploader)' })
  owner(@Root() job: ImportJob, @Ctx() ctx: Context) {
    return job.ownerId ? ctx.loaders.get(userById).load(job.ownerId) : null;
  }
}
