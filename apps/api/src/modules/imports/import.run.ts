import type { EntityManager } from 'typeorm';
import type { AppServices } from '../../graphql/context';
import { logger } from '../../common/logger';
import type { User } from '../users/user.entity';
import { writeCustomerBatch, type BatchContext, type PendingRow, type RowResult } from './import.customers.write';
import type { ImportKind } from './import.enums';
import { writeContactBatch, writeFollowUpBatch } from './import.records.write';

/** The writer of each kind: one batch of PENDING rows in the caller's transaction. */
const WRITERS: Record<ImportKind, (em: EntityManager, ctx: BatchContext, rows: never[]) => Promise<RowResult[]>> = {
  CUSTOMERS: writeCustomerBatch,
  CONTACTS: writeContactBatch,
  FOLLOW_UPS: writeFollowUpBatch,
};

/** Rows per transaction: big enough for set-based statements to pay off, small enough to keep locks short. */
export const IMPORT_BATCH_SIZE = 1000;

type Services = Pick<AppServices, 'dataSource' | 'clock'>;

/** Writes the rows' outcomes and the job's counters in the batch's transaction. */
async function saveResults(em: EntityManager, jobId: string, results: RowResult[], now: Date): Promise<void> {
  await em.query(
    `UPDATE import_rows r SET status = x.status, action = x.action, customer_id = x.customer_id, entity_type = x.entity_type,
            entity_id = x.entity_id, before = x.before, after_version = x.after_version, after_updated_at = x.after_updated_at, message = x.message
       FROM jsonb_to_recordset($2::jsonb) AS x(row_number int, status text, action text, customer_id uuid, entity_type text, entity_id uuid,
                                              before jsonb, after_version int, after_updated_at timestamptz, message text)
      WHERE r.import_id = $1 AND r.row_number = x.row_number`,
    [
      jobId,
      JSON.stringify(
        results.map((r) => ({
          row_number: r.rowNumber,
          status: r.status,
          action: r.action ?? null,
          customer_id: r.customerId ?? null,
          entity_type: r.entityType ?? null,
          entity_id: r.entityId ?? null,
          before: r.before ?? null,
          after_version: r.afterVersion ?? null,
          after_updated_at: r.afterUpdatedAt ?? null,
          message: r.message ?? null,
        })),
      ),
    ],
  );
  const count = (f: (r: RowResult) => boolean) => results.filter(f).length;
  await em.query(
    `UPDATE import_jobs SET processed_rows = processed_rows + $2, created_count = created_count + $3, updated_count = updated_count + $4,
            skipped_count = skipped_count + $5, failed_count = failed_count + $6, updated_at = $7 WHERE id = $1`,
    [
      jobId,
      results.length,
      count((r) => r.action === 'CREATE'),
      count((r) => r.action === 'UPDATE'),
      count((r) => r.status === 'SKIPPED'),
      count((r) => r.status === 'FAILED'),
      now,
    ],
  );
}

/**
 * One batch: takes up to `size` PENDING rows (locked, so a second worker takes others), writes them and marks
 * them DONE/SKIPPED/FAILED in ONE transaction — after a crash exactly the unwritten rows are still PENDING.
 * If the batch as a whole fails (a row the checks did not foresee), each row is retried on its own so one
 * bad row fails alone. Returns the number of rows handled (0 = none left).
 */
async function runBatch(services: Services, jobId: string, kind: ImportKind, ctx: BatchContext, size: number): Promise<number> {
  const write = (em: EntityManager, rows: unknown[]) => WRITERS[kind](em, ctx, rows as never[]);
  const take = (
    em: EntityManager,
    limit: number,
    after = 0,
  ): Promise<{ rowNumber: number; data: PendingRow['data']; duplicates: PendingRow['duplicates']; choice: PendingRow['choice'] }[]> =>
    em.query(
      `SELECT row_number AS "rowNumber", data, duplicates, choice FROM import_rows
        WHERE import_id = $1 AND status = 'PENDING' AND row_number > $3 ORDER BY row_number LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [jobId, limit, after],
    );
  try {
    return await services.dataSource.transaction(async (em) => {
      const rows = await take(em, size);
      if (!rows.length) return 0;
      await saveResults(em, jobId, await write(em, rows), ctx.now);
      return rows.length;
    });
  } catch (err) {
    logger.warn(`import ${jobId}: batch failed (${(err as Error).message}); retrying row by row`);
  }
  let handled = 0;
  let after = 0;
  for (;;) {
    const n = await services.dataSource
      .transaction(async (em) => {
        const [row] = await take(em, 1, after);
        if (!row) return 0;
        after = row.rowNumber;
        await saveResults(em, jobId, await write(em, [row]), ctx.now);
        return 1;
      })
      .catch(async (err: Error) => {
        await services.dataSource.transaction((em) =>
          saveResults(em, jobId, [{ rowNumber: after, status: 'FAILED', message: `写入失败：${err.message.slice(0, 200)}` }], ctx.now),
        );
        return 1;
      });
    if (!n) break;
    handled += n;
    if (handled >= size) break;
  }
  return handled;
}

/** How often a running import beats its heartbeat, and when a silent one counts as interrupted (database time). */
export const IMPORT_HEARTBEAT_MS = 5_000;
export const IMPORT_STALE_SECONDS = 20;
/** An import a worker may take: queued, or left RUNNING by a worker whose heartbeat stopped (or that let it go). */
const CLAIMABLE = `(status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - interval '${IMPORT_STALE_SECONDS} seconds')))`;

/**
 * Runs (or resumes) an import: claims it if it is QUEUED, or RUNNING without a live worker, writes batches until
 * no PENDING row is left and finishes it. While it runs, its heartbeat is beaten; a run that stops early lets
 * the import go at once. `maxBatches` stops early (tests simulate a crash with it). True when it was claimed.
 */
export async function runImport(
  services: Services,
  jobId: string,
  opts: { maxBatches?: number; batchSize?: number } = {},
): Promise<boolean> {
  const now = () => services.clock.now();
  const [claimed]: [{ id: string; kind: ImportKind; file_name: string; created_by_id: string; owner_id: string | null }[], number] =
    await services.dataSource.query(
      `UPDATE import_jobs SET status = 'RUNNING', started_at = COALESCE(started_at, $2), updated_at = $2, heartbeat_at = now()
      WHERE id = $1 AND ${CLAIMABLE} RETURNING id, kind, file_name, created_by_id, owner_id`,
      [jobId, now()],
    );
  const job = claimed[0];
  if (!job) return false;
  const beat = setInterval(() => {
    services.dataSource
      .query(`UPDATE import_jobs SET heartbeat_at = now() WHERE id = $1 AND status = 'RUNNING'`, [jobId])
      .catch((e: Error) => logger.warn(`import ${jobId}: heartbeat failed (${e.message})`));
  }, IMPORT_HEARTBEAT_MS).unref();
  try {
    const [importer]: Pick<User, 'id' | 'role'>[] = await services.dataSource.query(`SELECT id, role FROM users WHERE id = $1`, [
      job.created_by_id,
    ]);
    let batches = 0;
    for (;;) {
      if (opts.maxBatches !== undefined && batches >= opts.maxBatches) return true;
      const ctx: BatchContext = { jobId, fileName: job.file_name, importer, ownerId: job.owner_id ?? job.created_by_id, now: now() };
      const n = await runBatch(services, jobId, job.kind, ctx, opts.batchSize ?? IMPORT_BATCH_SIZE);
      if (!n) break;
      batches += 1;
    }
    // Finished only when no row is pending (another worker may still hold some).
    await services.dataSource.query(
      `UPDATE import_jobs SET status = 'DONE', finished_at = $2, updated_at = $2
        WHERE id = $1 AND status = 'RUNNING' AND NOT EXISTS (SELECT 1 FROM import_rows WHERE import_id = $1 AND status = 'PENDING')`,
      [jobId, now()],
    );
  } catch (err) {
    logger.error(`import ${jobId} failed: ${(err as Error).stack ?? err}`);
    await services.dataSource.query(`UPDATE import_jobs SET status = 'FAILED', last_error = $2, updated_at = $3 WHERE id = $1`, [
      jobId,
      String((err as Error).message).slice(0, 1000),
      now(),
    ]);
  } finally {
    clearInterval(beat);
    // Let it go: an import still RUNNING here was stopped early and may be taken over at once.
    await services.dataSource.query(`UPDATE import_jobs SET heartbeat_at = NULL WHERE id = $1`, [jobId]).catch(() => undefined);
  }
  return true;
}

/**
 * The pg-boss job body: every queued import, and every one a crash left RUNNING (its heartbeat stale), oldest
 * first. An import whose worker is alive (another replica) is left to it. Returns how many it ran.
 */
export async function runQueuedImports(services: Services): Promise<number> {
  const open: { id: string }[] = await services.dataSource.query(
    `SELECT id FROM import_jobs WHERE status IN ('QUEUED', 'RUNNING') AND ${CLAIMABLE} ORDER BY queued_at NULLS FIRST, id`,
  );
  let ran = 0;
  for (const { id } of open) if (await runImport(services, id)) ran++;
  return ran;
}
