import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { createContext, type AppServices, type Context } from '../../graphql/context';
import { can } from '../access/permissions';
import { CUSTOMER_COLUMNS, customerRows } from '../exports/export.customers';
import { DEAL_LIST_SHEETS, dealRows } from '../exports/export.deals';
import { xlsxStream, type Cell } from '../exports/export.xlsx';
import { newStorageKey, storageFor } from '../files/file.storage';
import { User } from '../users/user.entity';
import type { BulkExportFormat, BulkExportKind } from './bulk-export.inputs';
import { BULK_SPECS, type BulkFilter, type BulkSpec } from './bulk-export.specs';

/** Records per fetch: enough that round trips do not matter, few enough that memory stays flat and progress moves often. */
export const BULK_BATCH = 1000;
/** How often a running export beats its heartbeat, and when a silent one counts as abandoned (database time). */
export const BULK_HEARTBEAT_MS = 5_000;
export const BULK_STALE_SECONDS = 20;
const CLAIMABLE = `(status = 'QUEUED' OR (status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - interval '${BULK_STALE_SECONDS} seconds')))`;

export const CONTENT_TYPES: Record<BulkExportFormat, string> = {
  JSONL: 'application/x-ndjson; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The kinds that also have a sheet for people (the web app's list exports). */
export const XLSX_KINDS: BulkExportKind[] = ['CUSTOMERS', 'OPPORTUNITIES', 'CONTRACTS', 'RECEIPTS'];

/** Writes `chunk`, waiting while the file is behind (back-pressure keeps memory flat). */
async function write(out: Writable, chunk: string) {
  if (!out.write(chunk)) await once(out, 'drain');
}

/**
 * Every record of `spec` as JSON Lines into `out`: ONE statement, read through a server-side cursor in a
 * REPEATABLE READ transaction — one plan, one snapshot for the whole file (a record changed meanwhile appears once,
 * as it was), and PostgreSQL has already turned each row into JSON text, so the API only copies text from the socket
 * to the file, BULK_BATCH rows at a time. `progress` is told after each fetch.
 */
async function writeJsonLines(ctx: Context, spec: BulkSpec, out: Writable, progress: (rows: number) => Promise<void>) {
  const params = new SqlParams();
  const where = spec.where(ctx, params);
  const json = spec.json(ctx, params);
  const runner = ctx.dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query(
      `DECLARE bulk_export NO SCROLL CURSOR FOR SELECT ${json} AS j FROM ${spec.from} WHERE ${where.join(' AND ')}
        ORDER BY ${spec.keys.map(([k]) => `${k} DESC`).join(', ')}`,
      params.values,
    );
    let rows = 0;
    for (;;) {
      const batch: { j: string }[] = await runner.query(`FETCH ${BULK_BATCH} FROM bulk_export`);
      if (!batch.length) break;
      let text = '';
      for (const r of batch) text += r.j + '\n';
      await write(out, text);
      rows += batch.length;
      await progress(rows);
    }
    await runner.commitTransaction();
    return rows;
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw err;
  } finally {
    await runner.release();
  }
}

/** The people's sheet: the same columns as the web app's list export. */
async function writeSheet(
  ctx: Context,
  kind: BulkExportKind,
  filter: BulkFilter,
  out: Writable,
  progress: (rows: number) => Promise<void>,
) {
  const xlsx = xlsxStream(out);
  let source: AsyncGenerator<Cell[][]>;
  let sheet;
  if (kind === 'CUSTOMERS') {
    sheet = xlsx.sheet('客户列表', CUSTOMER_COLUMNS);
    source = customerRows(ctx, filter.customerFilter);
  } else {
    const list = kind as 'OPPORTUNITIES' | 'CONTRACTS' | 'RECEIPTS';
    sheet = xlsx.sheet(DEAL_LIST_SHEETS[list].title, DEAL_LIST_SHEETS[list].columns);
    source = dealRows(ctx, list, filter);
  }
  let rows = 0;
  for await (const batch of source) {
    for (const r of batch) await sheet.add(r);
    rows += batch.length;
    await progress(rows);
  }
  sheet.commit();
  await xlsx.commit();
  return rows;
}

/** How many records the file will hold: the list's own WHERE. */
export async function countBulkRows(ctx: Context, kind: BulkExportKind, filter: BulkFilter): Promise<number> {
  const spec = BULK_SPECS[kind](filter);
  const params = new SqlParams();
  const where = spec.where(ctx, params);
  return (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM ${spec.from} WHERE ${where.join(' AND ')}`, params.values))[0].n;
}

type Services = AppServices;
interface Claimed {
  id: string;
  kind: BulkExportKind;
  format: BulkExportFormat;
  filter: BulkFilter;
  user_id: string;
}

/**
 * Runs one bulk export if it is QUEUED, or RUNNING without a live worker (its heartbeat stale: the worker died).
 * A rerun writes the whole file again from the start (nothing is committed to storage until the file is complete),
 * so running twice is harmless. True when it was claimed.
 */
export async function runBulkExport(services: Services, id: string): Promise<boolean> {
  const [claimed]: [Claimed[], number] = await services.dataSource.query(
    `UPDATE bulk_exports SET status = 'RUNNING', started_at = $2, heartbeat_at = now(), processed_rows = 0, bytes = 0, error = NULL
      WHERE id = $1 AND ${CLAIMABLE} RETURNING id, kind, format, filter, user_id`,
    [id, services.clock.now()],
  );
  const job = claimed[0];
  if (!job) return false;
  const beat = setInterval(() => {
    services.dataSource
      .query(`UPDATE bulk_exports SET heartbeat_at = now() WHERE id = $1 AND status = 'RUNNING'`, [id])
      .catch((e: Error) => logger.warn(`bulk export ${id}: heartbeat failed (${e.message})`));
  }, BULK_HEARTBEAT_MS).unref();
  const storage = storageFor(services.config);
  const temp = path.join(storage.spoolDir, `${id}.bulk.part`);
  try {
    const [user] = hydrate(
      User,
      await services.dataSource.query(`SELECT ${selectColumns(services.dataSource, User, 'u')} FROM users u WHERE u.id = $1`, [
        job.user_id,
      ]),
    );
    if (!user?.active || !can(user, 'customer.export')) throw new Error('导出人已停用或已无导出权限');
    const ctx = createContext(services, user);
    const total = await countBulkRows(ctx, job.kind, job.filter);
    await services.dataSource.query(`UPDATE bulk_exports SET total_rows = $2 WHERE id = $1`, [id, total]);
    await mkdir(storage.spoolDir, { recursive: true });
    const out = createWriteStream(temp);
    let bytesAt = 0;
    const progress = async (rows: number) => {
      bytesAt = out.bytesWritten + out.writableLength;
      await services.dataSource.query(
        `UPDATE bulk_exports SET processed_rows = $2, bytes = $3, heartbeat_at = now() WHERE id = $1 AND status = 'RUNNING'`,
        [id, rows, bytesAt],
      );
    };
    const closed = once(out, 'close');
    let rows: number;
    try {
      rows =
        job.format === 'XLSX'
          ? await writeSheet(ctx, job.kind, job.filter, out, progress)
          : await writeJsonLines(ctx, BULK_SPECS[job.kind](job.filter), out, progress);
    } finally {
      out.end();
      await closed;
    }
    const size = (await stat(temp)).size;
    const now = services.clock.now();
    const key = newStorageKey(id, now);
    await storage.commit(key, temp, size, CONTENT_TYPES[job.format]);
    await services.dataSource.query(
      `UPDATE bulk_exports SET status = 'DONE', processed_rows = $2, bytes = $3, storage_key = $4, finished_at = $5, heartbeat_at = NULL WHERE id = $1`,
      [id, rows, size, key, now],
    );
  } catch (err) {
    logger.error(`bulk export ${id} failed: ${(err as Error).stack ?? err}`);
    await services.dataSource
      .query(`UPDATE bulk_exports SET status = 'FAILED', error = $2, heartbeat_at = NULL WHERE id = $1`, [
        id,
        String((err as Error).message).slice(0, 1000),
      ])
      .catch(() => undefined);
  } finally {
    clearInterval(beat);
    await rm(temp, { force: true }).catch(() => undefined);
  }
  return true;
}

/** The pg-boss job body: every queued export and every one a dead worker left RUNNING, oldest first. */
export async function runQueuedBulkExports(services: Services): Promise<number> {
  const open: { id: string }[] = await services.dataSource.query(
    `SELECT id FROM bulk_exports WHERE status IN ('QUEUED', 'RUNNING') AND ${CLAIMABLE} ORDER BY created_at, id`,
  );
  let ran = 0;
  for (const { id } of open) if (await runBulkExport(services, id)) ran++;
  return ran;
}

/** How startBulkExport wakes a worker: the job runner registers a sender per data source (as for imports). */
const senders = new Map<DataSource, () => Promise<unknown>>();
export function registerBulkExportSender(ds: DataSource, send: () => Promise<unknown>) {
  senders.set(ds, send);
}
export function unregisterBulkExportSender(ds: DataSource) {
  senders.delete(ds);
}
export async function wakeBulkExportWorker(ds: DataSource): Promise<void> {
  await senders
    .get(ds)?.()
    .catch((e) => logger.error(`bulk-exports-run send: ${e}`));
}
