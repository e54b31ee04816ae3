import type { EntityManager } from 'typeorm';
import { businessDate } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { badInput, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { SqlParams } from '../../db/sql';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { requireUser } from '../access/current-user';
import { teamIdsSql } from '../access/customer-scope';
import { assertCan, type Permission } from '../access/permissions';
import { CustomField } from '../custom-fields/custom-field.entity';
import type { User } from '../users/user.entity';
import { importColumns, TEMPLATE_NAMES } from './import.columns';
import {
  allowedChoicesOf,
  findCustomerDuplicates,
  validateCustomerRows,
  type DuplicateInfo,
  type ValidatedRow,
} from './import.customers.validate';
import {
  findContactDuplicates,
  findFollowUpDuplicates,
  resolveCustomers,
  validateContactRows,
  validateFollowUpRows,
} from './import.records.validate';
import { revertRecordRows } from './import.records.write';
import { cancelImportEvents, emitEvent, emitEvents } from '../webhooks/webhook.emit';
import { revertCustomerRows, type DoneRow } from './import.customers.write';
import { ImportJob } from './import.entity';
import { IMPORTABLE_KINDS, type ImportChoice, type ImportKind } from './import.enums';
import { parseImportFile } from './import.parse';
import { wakeImportWorker } from './import.queue';
import { buildTemplate } from './import.template';
import { ImportJobConnection, ImportRowConnection, type ImportChoiceInput, type ImportRow, type ImportTemplate } from './import.types';

/** The permission an import of each kind needs (the same as entering those records by hand). */
const NEEDS: Record<ImportKind, Permission> = { CUSTOMERS: 'customer.create', CONTACTS: 'contact.edit', FOLLOW_UPS: 'followUp.create' };
const SHEET_NAMES: Record<ImportKind, string> = { CUSTOMERS: '客户', CONTACTS: '联系人', FOLLOW_UPS: '跟进记录' };

async function customFieldDefs(em: EntityManager): Promise<CustomField[]> {
  return em.getRepository(CustomField).find({ order: { position: 'ASC', key: 'ASC' } });
}

export async function importTemplate(ctx: Context, kind: ImportKind): Promise<ImportTemplate> {
  const user = requireUser(ctx);
  assertCan(user, NEEDS[kind]);
  const columns = importColumns(kind, await customFieldDefs(ctx.dataSource.manager));
  const file = await buildTemplate(SHEET_NAMES[kind], columns);
  return {
    fileName: TEMPLATE_NAMES[kind],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: file.toString('base64'),
    columns: columns.map((c) => (c.required ? `${c.label}*` : c.label)),
  };
}

/**
 * Reads and checks an uploaded file: every row is validated and checked for duplicates before anything is
 * written, and stored with its problems, so the preview can show them and the run can resume. Nothing but
 * the job and its rows is written here.
 */
export async function uploadImport(ctx: Context, kind: ImportKind, fileName: string, file: Buffer): Promise<ImportJob> {
  const user = requireUser(ctx);
  assertCan(user, NEEDS[kind]);
  if (!IMPORTABLE_KINDS.includes(kind)) throw badInput('kind', msg('imports.kindCannotImportedYet'));
  const name = fileName.trim().slice(0, 200) || 'import';
  if (!/\.(xlsx|csv|txt)$/i.test(name)) throw badInput('file', msg('imports.onlyXlsxCsv'));
  const sheet = await parseImportFile(file, name);
  const defs = await customFieldDefs(ctx.dataSource.manager);
  const today = businessDate(ctx.clock.now(), ctx.config.businessTimeZone);
  const columns = importColumns(kind, defs);
  const em = ctx.dataSource.manager;
  let rows: ValidatedRow[];
  if (kind === 'CUSTOMERS') {
    rows = validateCustomerRows(sheet, columns, defs, today);
    await findCustomerDuplicates(em, user, rows);
  } else {
    rows =
      kind === 'CONTACTS'
        ? validateContactRows(sheet, columns, today)
        : validateFollowUpRows(sheet, columns, ctx.clock.now(), ctx.config.businessTimeZone);
    await resolveCustomers(em, user, rows);
    await (kind === 'CONTACTS' ? findContactDuplicates(em, rows) : findFollowUpDuplicates(em, rows));
  }
  const now = ctx.clock.now();
  const errorRows = rows.filter((r) => r.errors.length).length;
  const duplicateRows = rows.filter((r) => !r.errors.length && r.duplicates.length).length;

  const id = await ctx.dataSource.transaction(async (em) => {
    const [{ id }] = await em.query(
      `INSERT INTO import_jobs (kind, file_name, encoding, status, created_by_id, total_rows, error_rows, duplicate_rows, processed_rows, failed_count, created_at, updated_at)
       VALUES ($1, $2, $3, 'VALIDATED', $4, $5, $6, $7, $6, $6, $8, $8) RETURNING id`,
      [kind, name, sheet.encoding, user.id, rows.length, errorRows, duplicateRows, now],
    );
    // Invalid rows are FAILED from the start: the run only ever sees valid ones.
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000).map((r) => ({
        row_number: r.rowNumber,
        data: r.data,
        errors: r.errors,
        duplicates: r.duplicates,
        status: r.errors.length ? 'FAILED' : 'PENDING',
        message: r.errors.length ? r.errors.map((e) => (e.column ? `${e.column}：${e.message}` : e.message)).join('；') : null,
      }));
      await em.query(
        `INSERT INTO import_rows (import_id, row_number, data, errors, duplicates, status, message)
         SELECT $1, x.row_number, x.data, x.errors, x.duplicates, x.status, x.message
           FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, data jsonb, errors jsonb, duplicates jsonb, status text, message text)`,
        [id, JSON.stringify(chunk)],
      );
    }
    return id as string;
  });
  return loadJob(ctx.dataSource.manager, id);
}

async function loadJob(em: EntityManager, id: string, lock = false): Promise<ImportJob> {
  const rows = await em.query(
    `SELECT ${selectColumns(em.connection, ImportJob, 'j')} FROM import_jobs j WHERE j.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return hydrate(ImportJob, rows)[0];
}

/** An import is visible to whoever uploaded it and to admins; to anyone else it does not exist. */
async function jobFor(em: EntityManager, user: User, id: string, lock = false): Promise<ImportJob> {
  const job = isUuid(id) ? await loadJob(em, id, lock) : undefined;
  if (!job || (job.createdById !== user.id && user.role !== 'ADMIN')) throw notFound('导入任务', id);
  return job;
}

export async function importJob(ctx: Context, id: string): Promise<ImportJob> {
  return jobFor(ctx.dataSource.manager, requireUser(ctx), id);
}

/** Your imports (admins: everyone's), newest first: where to find an import again after closing the browser. */
export async function importJobs(ctx: Context, first: number | null | undefined, after: string | null | undefined) {
  const user = requireUser(ctx);
  const limit = pageSize(first);
  const params = new SqlParams();
  const where = [user.role === 'ADMIN' ? 'TRUE' : `j.created_by_id = ${params.p(user.id)}::uuid`];
  const countWhere = where.join(' AND ');
  const countParams = [...params.values];
  if (after) {
    const [at, id] = decodeCursor(after, 2);
    if (typeof at !== 'string' || !isUuid(id)) throw badInput('after', msg('imports.invalidCursor'));
    where.push(`(j.created_at, j.id) < (${params.p(at)}::timestamptz, ${params.p(id)}::uuid)`);
  }
  const rows = hydrate(
    ImportJob,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, ImportJob, 'j')} FROM import_jobs j WHERE ${where.join(' AND ')} ORDER BY j.created_at DESC, j.id DESC LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    ImportJobConnection,
    rows,
    limit,
    (j) => [cursorTime(j.createdAt), j.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM import_jobs j WHERE ${countWhere}`, countParams))[0].n,
    !!after,
  );
}

/** The rows of a job in file order; `problemsOnly` keeps those with errors, duplicates or a failure. */
export async function importRows(
  ctx: Context,
  job: ImportJob,
  first: number | null | undefined,
  after: string | null | undefined,
  problemsOnly: boolean,
) {
  const limit = pageSize(first);
  const params = new SqlParams();
  const where = [`r.import_id = ${params.p(job.id)}::uuid`];
  if (problemsOnly) where.push(`(r.errors <> '[]'::jsonb OR r.duplicates <> '[]'::jsonb OR r.status = 'FAILED')`);
  const countWhere = where.join(' AND ');
  const countParams = [...params.values];
  if (after) where.push(`r.row_number > ${params.p(Number(decodeCursor(after, 1)[0]))}`);
  const rows: {
    rowNumber: number;
    data: Record<string, unknown>;
    errors: ImportRow['errors'];
    duplicates: DuplicateInfo[];
    choice: ImportChoice | null;
    status: ImportRow['status'];
    action: string | null;
    customerId: string | null;
    message: string | null;
  }[] = await ctx.dataSource.query(
    `SELECT r.row_number AS "rowNumber", r.data, r.errors, r.duplicates, r.choice, r.status, r.action, r.customer_id AS "customerId", r.message
         FROM import_rows r WHERE ${where.join(' AND ')} ORDER BY r.row_number LIMIT ${limit + 1}`,
    params.values,
  );
  const nodes: ImportRow[] = rows.map((r) => ({ ...r, allowedChoices: r.errors.length ? [] : allowedChoicesOf(r.duplicates, job.kind) }));
  return toConnection(
    ImportRowConnection,
    nodes,
    limit,
    (r) => [r.rowNumber],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM import_rows r WHERE ${countWhere}`, countParams))[0].n,
    !!after,
  );
}

/** The owner of imported customers: yourself, or (managers) someone in your team, or (admins) anyone active. */
async function resolveOwner(em: EntityManager, user: User, ownerId: string | null | undefined): Promise<string | null> {
  if (!ownerId || ownerId === user.id) return null;
  if (!isUuid(ownerId)) throw badInput('ownerId', msg('imports.unknownOwner'));
  if (user.role === 'SALES' || user.role === 'SERVICE') throw badInput('ownerId', msg('imports.youCanOnlyImport'));
  const params = new SqlParams();
  const inTeam = user.role === 'ADMIN' ? 'TRUE' : `id IN ${teamIdsSql(params.p(user.id))}`;
  const rows = await em.query(`SELECT id FROM users WHERE id = ${params.p(ownerId)} AND active AND ${inTeam}`, params.values);
  if (!rows.length) throw badInput('ownerId', msg('imports.ownerNotYourTeam'));
  return ownerId;
}

/**
 * Records the choices for duplicate rows and queues the run. The run happens in the background (pg-boss), so
 * closing the browser does not stop it; a FAILED import is resumed the same way (only PENDING rows remain).
 */
export async function startImport(
  ctx: Context,
  id: string,
  choices: ImportChoiceInput[],
  ownerId: string | null | undefined,
): Promise<ImportJob> {
  const user = requireUser(ctx);
  await ctx.dataSource.transaction(async (em) => {
    const job = await jobFor(em, user, id, true);
    assertCan(user, NEEDS[job.kind]);
    if (job.status !== 'VALIDATED' && job.status !== 'FAILED') throw badInput('id', msg('imports.importHasAlreadyStarted'));
    const owner = job.status === 'VALIDATED' ? await resolveOwner(em, user, ownerId) : job.ownerId;
    if (choices.length) {
      const numbers = choices.map((c) => c.rowNumber);
      if (new Set(numbers).size !== numbers.length) throw badInput('choices', msg('imports.oneChoicePerRow'));
      const rows: { row_number: number; duplicates: DuplicateInfo[]; errors: unknown[]; status: string }[] = await em.query(
        `SELECT row_number, duplicates, errors, status FROM import_rows WHERE import_id = $1 AND row_number = ANY($2::int[])`,
        [id, numbers],
      );
      const byNumber = new Map(rows.map((r) => [r.row_number, r]));
      choices.forEach((c, i) => {
        const row = byNumber.get(c.rowNumber);
        if (!row || row.status !== 'PENDING')
          throw badInput(`choices.${i}.rowNumber`, msg('imports.rowNotPending', { rowNumber: c.rowNumber }));
        if (!allowedChoicesOf(row.duplicates, job.kind).includes(c.choice)) {
          throw badInput(
            `choices.${i}.choice`,
            msg('imports.choiceNotAllowedRow', {
              rowNumber: c.rowNumber,
              value: { SKIP: '跳过', UPDATE: '更新已有', IMPORT: '仍然导入' }[c.choice],
            }),
          );
        }
      });
      await em.query(
        `UPDATE import_rows r SET choice = x.choice FROM unnest($2::int[], $3::text[]) AS x(n, choice) WHERE r.import_id = $1 AND r.row_number = x.n`,
        [id, numbers, choices.map((c) => c.choice)],
      );
    }
    const now = ctx.clock.now();
    await em.query(
      `UPDATE import_jobs SET status = 'QUEUED', owner_id = $2, queued_at = $3, last_error = NULL, updated_at = $3 WHERE id = $1`,
      [id, owner, now],
    );
  });
  await wakeImportWorker(ctx.dataSource);
  return loadJob(ctx.dataSource.manager, id);
}

/**
 * Undoes a finished import in one transaction: created customers are removed, updated ones get their old
 * values back, as long as nobody changed them since; the rest is listed in `revertReport.notReverted`.
 */
export async function revertImport(ctx: Context, id: string): Promise<ImportJob> {
  const user = requireUser(ctx);
  await ctx.dataSource.transaction(async (em) => {
    const job = await jobFor(em, user, id, true);
    assertCan(user, NEEDS[job.kind]);
    if (job.status !== 'DONE')
      throw badInput('id', job.status === 'REVERTED' ? msg('imports.alreadyReverted') : msg('imports.onlyFinishedRevertable'));
    const rows: (DoneRow & { entityId: string })[] = await em.query(
      `SELECT row_number AS "rowNumber", action, customer_id AS "customerId", entity_id AS "entityId", before, after_version AS "afterVersion"
         FROM import_rows WHERE import_id = $1 AND status = 'DONE' ORDER BY row_number`,
      [id],
    );
    const now = ctx.clock.now();
    const revertCtx = { actorId: user.id, now, fileName: job.fileName };
    const outcome =
      job.kind === 'CUSTOMERS' ? await revertCustomerRows(em, revertCtx, rows) : await revertRecordRows(em, job.kind, revertCtx, rows);
    await em.query(`UPDATE import_rows SET status = 'REVERTED' WHERE import_id = $1 AND row_number = ANY($2::int[])`, [
      id,
      outcome.reverted,
    ]);
    await em.query(
      `UPDATE import_jobs SET status = 'REVERTED', reverted_at = $2, updated_at = $2, revert_report = $3::jsonb WHERE id = $1`,
      [id, now, JSON.stringify({ reverted: outcome.reverted.length, notReverted: outcome.notReverted })],
    );
    // Webhooks: the import's undelivered events never go out; customers removed whose customer.created did go
    // out (or is in flight) are announced as purged; then the revert itself.
    const cancelled = await cancelImportEvents(em, id);
    const done = new Set(outcome.reverted);
    const removed =
      job.kind === 'CUSTOMERS' ? rows.filter((r) => r.action === 'CREATE' && done.has(r.rowNumber)).map((r) => r.customerId) : [];
    const announced: { id: string }[] = removed.length
      ? await em.query(
          `SELECT DISTINCT ev.payload->>'id' AS id FROM webhook_events ev
            WHERE ev.import_id = $1 AND ev.type = 'customer.created' AND ev.payload->>'id' = ANY($2::text[])
              AND EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = ev.id AND d.status <> 'CANCELLED')`,
          [id, removed],
        )
      : [];
    await emitEvents(
      em,
      'customer.purged',
      announced.map((a) => ({ id: a.id, purgedById: user.id, importId: null, revertedImportId: id })),
      { at: now },
    );
    await emitEvent(
      em,
      'import.reverted',
      {
        id,
        kind: job.kind,
        reverted: outcome.reverted.length,
        notReverted: outcome.notReverted.length,
        removedCustomers: removed.length,
        cancelledDeliveries: cancelled,
        revertedById: user.id,
      },
      { at: now },
    );
  });
  return loadJob(ctx.dataSource.manager, id);
}
