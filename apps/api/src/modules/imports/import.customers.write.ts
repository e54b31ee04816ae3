import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { buildSearchIndex } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import { editableCustomerSql } from '../access/customer-scope';
import { diffFields, writeChangeLog, type ChangeLogEntry } from '../audit/change-log.service';
import {
  BULK_FIELDS,
  insertCustomers,
  purgeCustomers,
  selectBulkFieldsSql,
  updateCustomerFields,
  type BulkField,
} from '../customers/customer.bulk-writes';
import { CUSTOMER_LOG_FIELDS } from '../customers/customer.service';
import { upsertTags } from '../tags/tag.service';
import { emitEvents } from '../webhooks/webhook.emit';
import type { User } from '../users/user.entity';
import type { CustomerRowData, DuplicateInfo } from './import.customers.validate';
import type { ImportChoice } from './import.enums';

/** A PENDING row as the worker reads it. */
export interface PendingRow {
  rowNumber: number;
  data: CustomerRowData;
  duplicates: DuplicateInfo[];
  choice: ImportChoice | null;
}

/** What became of a row; written back to import_rows in the batch's transaction. */
export interface RowResult {
  rowNumber: number;
  status: 'DONE' | 'SKIPPED' | 'FAILED';
  action?: 'CREATE' | 'UPDATE';
  customerId?: string;
  entityType?: string;
  entityId?: string;
  before?: Record<string, unknown>;
  afterVersion?: number;
  afterUpdatedAt?: Date;
  message?: string;
}

export interface BatchContext {
  jobId: string;
  fileName: string;
  importer: Pick<User, 'id' | 'role'>;
  ownerId: string;
  now: Date;
}

/** Customer fields an import may set, and that a revert restores. */
const UPDATABLE = BULK_FIELDS;
type Updatable = BulkField;
const selectUpdatable = selectBulkFieldsSql('c');

const phonesOf = (d: CustomerRowData) => [d.contact.mobile, d.contact.phone].filter((p): p is string => !!p);

/**
 * Writes one batch of customer rows in the caller's transaction, set-based: one INSERT for the customers,
 * one for their contacts, one for tags, one for the change log, one for webhook events, one UPDATE for
 * the customers the user chose to update. Duplicates are checked again here (a customer may have been
 * created since the preview); the unique name index has the last word.
 */
export async function writeCustomerBatch(em: EntityManager, ctx: BatchContext, rows: PendingRow[]): Promise<RowResult[]> {
  const results: RowResult[] = [];
  const creates: PendingRow[] = [];
  const updates: PendingRow[] = [];
  for (const row of rows) {
    if (row.duplicates.length && row.choice !== 'UPDATE')
      results.push({ rowNumber: row.rowNumber, status: 'SKIPPED', message: '重复数据，已跳过' });
    else if (row.duplicates.length) updates.push(row);
    else creates.push(row);
  }
  results.push(...(await createCustomers(em, ctx, creates)));
  results.push(...(await updateCustomers(em, ctx, updates)));
  return results.sort((a, b) => a.rowNumber - b.rowNumber);
}

async function createCustomers(em: EntityManager, ctx: BatchContext, rows: PendingRow[]): Promise<RowResult[]> {
  if (!rows.length) return [];
  const results: RowResult[] = [];
  // Created by someone else since the preview?
  const taken: { name_key: string | null; phone: string | null; name: string }[] = await em.query(
    // Joins against the batch's keys (hash or index joins), not `= ANY(array)` filters that compare every row with every key.
    `SELECT c.name_key, NULL AS phone, c.name FROM unnest($1::text[]) q(v) JOIN customers c ON c.name_key = q.v AND c.deleted_at IS NULL
     UNION ALL
     SELECT NULL, k.mobile, c.name FROM unnest($2::text[]) q(v) JOIN contacts k ON k.mobile = q.v JOIN customers c ON c.id = k.customer_id AND c.deleted_at IS NULL
     UNION ALL
     SELECT NULL, k.phone, c.name FROM unnest($2::text[]) q(v) JOIN contacts k ON k.phone = q.v JOIN customers c ON c.id = k.customer_id AND c.deleted_at IS NULL`,
    [rows.map((r) => r.data.nameKey), rows.flatMap((r) => phonesOf(r.data))],
  );
  const takenName = new Map(taken.filter((t) => t.name_key).map((t) => [t.name_key!, t.name]));
  const takenPhone = new Map(taken.filter((t) => t.phone).map((t) => [t.phone!, t.name]));
  const fresh: (PendingRow & { id: string; contactId: string })[] = [];
  for (const row of rows) {
    const byName = takenName.get(row.data.nameKey);
    const byPhone = phonesOf(row.data)
      .map((p) => takenPhone.get(p))
      .find(Boolean);
    if (byName || byPhone) {
      results.push({
        rowNumber: row.rowNumber,
        status: 'FAILED',
        message: `已存在${byName ? '同名' : '相同电话的'}客户「${byName ?? byPhone}」（预览后新建），未导入`,
      });
    } else fresh.push({ ...row, id: randomUUID(), contactId: randomUUID() });
  }
  if (!fresh.length) return results;

  const note = `导入「${ctx.fileName}」`;
  const inserted = await insertCustomers(
    em,
    fresh.map(({ id, rowNumber, data: d }) => {
      const search = buildSearchIndex([d.name, d.email, d.contact.name, d.contact.mobile, d.contact.phone, d.contact.email]);
      return {
        id,
        name: d.name,
        nameKey: d.nameKey,
        values: d as unknown as Record<string, unknown>,
        searchText: search.text,
        searchGrams: search.grams,
        note: `${note}第 ${rowNumber} 行`,
        changes: diffFields(
          null,
          { ...d, ownerId: ctx.ownerId, status: 'ACTIVE' } as unknown as Record<string, unknown>,
          CUSTOMER_LOG_FIELDS,
        ),
      };
    }),
    { ownerId: ctx.ownerId, importId: ctx.jobId },
    { actorId: ctx.importer.id, at: ctx.now },
  );
  const done = new Map(inserted.map((r) => [r.id, r]));
  const created = fresh.filter((r) => done.has(r.id));
  for (const r of fresh)
    if (!done.has(r.id)) results.push({ rowNumber: r.rowNumber, status: 'FAILED', message: `已存在同名客户「${r.data.name}」，未导入` });
  if (!created.length) return results;

  await em.query(
    `INSERT INTO contacts (id, customer_id, name, title, mobile, phone, email, birthday, is_primary, created_at, updated_at)
     SELECT x.id, x.customer_id, x.name, x.title, x.mobile, x.phone, x.email, x.birthday, true, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, customer_id uuid, name text, title text, mobile text, phone text, email text, birthday date)`,
    [JSON.stringify(created.map((r) => ({ id: r.contactId, customer_id: r.id, ...r.data.contact }))), ctx.now],
  );
  const tagged = created.filter((r) => r.data.tags.length);
  if (tagged.length) {
    const tags = await upsertTags(em, [...new Set(tagged.flatMap((r) => r.data.tags))]);
    const idOf = new Map(tags.map((t) => [t.name.toLowerCase(), t.id]));
    const pairs = tagged.flatMap((r) => [...new Set(r.data.tags.map((t) => idOf.get(t.toLowerCase())!))].map((tagId) => [r.id, tagId]));
    await em.query(
      `INSERT INTO customer_tags (customer_id, tag_id, created_at) SELECT c, t, $3 FROM unnest($1::uuid[], $2::uuid[]) AS p(c, t) ON CONFLICT DO NOTHING`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ctx.now],
    );
  }
  const logs: ChangeLogEntry[] = created.map((r) => ({
    customerId: r.id,
    entityType: 'Contact',
    entityId: r.contactId,
    action: 'CREATE',
    actorId: ctx.importer.id,
    at: ctx.now,
    note,
    changes: diffFields(null, r.data.contact, Object.keys(r.data.contact), 'contact.'),
  }));
  for (let i = 0; i < logs.length; i += 2000) await writeChangeLog(em, ...logs.slice(i, i + 2000));
  for (const r of created) {
    const row = done.get(r.id)!;
    results.push({
      rowNumber: r.rowNumber,
      status: 'DONE',
      action: 'CREATE',
      customerId: r.id,
      entityType: 'Customer',
      entityId: r.id,
      afterVersion: row.version,
      afterUpdatedAt: row.updated_at,
    });
  }
  return results;
}

async function updateCustomers(em: EntityManager, ctx: BatchContext, rows: PendingRow[]): Promise<RowResult[]> {
  if (!rows.length) return [];
  const results: RowResult[] = [];
  const targetOf = (r: PendingRow) => r.duplicates.find((d) => d.source === 'DATABASE' && d.customerId)?.customerId ?? null;
  const params = new SqlParams();
  const ids = params.p([...new Set(rows.map(targetOf).filter(Boolean))]);
  const current: (Record<Updatable, unknown> & { id: string; version: number; name: string })[] = await em.query(
    `SELECT c.id, c.version, c.name, ${selectUpdatable} FROM customers c
      WHERE c.id = ANY(${ids}::uuid[]) AND c.deleted_at IS NULL AND ${editableCustomerSql(ctx.importer, 'c', params)}
      ORDER BY c.id FOR UPDATE OF c`,
    params.values,
  );
  const byId = new Map(current.map((c) => [c.id, c]));
  const planned: { row: PendingRow; id: string; version: number; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
  const claimed = new Set<string>();
  for (const row of rows) {
    const id = targetOf(row);
    const before = id ? byId.get(id) : undefined;
    if (!id || !before) {
      results.push({ rowNumber: row.rowNumber, status: 'FAILED', message: '要更新的客户已不存在或你无权修改，未导入' });
      continue;
    }
    if (claimed.has(id)) {
      results.push({ rowNumber: row.rowNumber, status: 'SKIPPED', message: '同一客户已由本文件的另一行更新，已跳过' });
      continue;
    }
    claimed.add(id);
    const beforeValues = Object.fromEntries(UPDATABLE.map((k) => [k, before[k] ?? null]));
    const after: Record<string, unknown> = { ...beforeValues };
    const filled = new Set(row.data.filled);
    for (const k of UPDATABLE) if (filled.has(k)) after[k] = (row.data as unknown as Record<string, unknown>)[k];
    if (filled.has('grade')) after.gradePinned = true;
    // A won customer stays won (only a contract makes or unmakes it), except marked lost.
    if (before.type === 'WON' && after.type !== 'LOST') after.type = 'WON';
    after.customFields = { ...(before.customFields as object), ...row.data.customFields };
    planned.push({ row, id, version: before.version, before: beforeValues, after });
  }
  if (!planned.length) return results;

  const done = await updateCustomerFields(
    em,
    planned.map((p) => ({ id: p.id, version: p.version, values: p.after, note: `导入「${ctx.fileName}」第 ${p.row.rowNumber} 行` })),
    { actorId: ctx.importer.id, at: ctx.now, importId: ctx.jobId },
  );
  for (const p of planned) {
    const u = done.get(p.id);
    if (!u) {
      results.push({ rowNumber: p.row.rowNumber, status: 'FAILED', message: '客户正在被他人修改，未导入' });
      continue;
    }
    results.push({
      rowNumber: p.row.rowNumber,
      status: 'DONE',
      action: 'UPDATE',
      customerId: p.id,
      entityType: 'Customer',
      entityId: p.id,
      before: { ...p.before, version: p.version },
      afterVersion: u.version,
      afterUpdatedAt: u.updated_at,
    });
  }
  return results;
}

/** A row a revert looks at. */
export interface DoneRow {
  rowNumber: number;
  action: 'CREATE' | 'UPDATE';
  customerId: string;
  before: Record<string, unknown> | null;
  afterVersion: number;
}

export interface RevertOutcome {
  reverted: number[];
  notReverted: { rowNumber: number; customerId: string; name: string | null; reason: string }[];
}

/**
 * Undoes the rows of an import in the caller's transaction: created customers are deleted, updated ones get
 * their old values back — but only when nobody changed them since (their version is still the one the import
 * left, and a created customer has gained no follow-up, contact, opportunity or contract). Those that were
 * changed are left alone and reported.
 */
export async function revertCustomerRows(
  em: EntityManager,
  ctx: { actorId: string; now: Date; fileName: string },
  rows: DoneRow[],
): Promise<RevertOutcome> {
  const out: RevertOutcome = { reverted: [], notReverted: [] };
  if (!rows.length) return out;
  const ids = [...new Set(rows.map((r) => r.customerId))];
  const state: { id: string; name: string; version: number; deleted: boolean; contacts: number; touched: boolean }[] = await em.query(
    `SELECT c.id, c.name, c.version, c.deleted_at IS NOT NULL AS deleted,
            (SELECT count(*)::int FROM contacts k WHERE k.customer_id = c.id) AS contacts,
            (EXISTS (SELECT 1 FROM follow_ups f WHERE f.customer_id = c.id) OR EXISTS (SELECT 1 FROM opportunities o WHERE o.customer_id = c.id)
              OR EXISTS (SELECT 1 FROM contracts k WHERE k.customer_id = c.id)) AS touched
       FROM customers c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`,
    [ids],
  );
  const byId = new Map(state.map((s) => [s.id, s]));
  const toDelete: DoneRow[] = [];
  const toRestore: DoneRow[] = [];
  for (const row of rows) {
    const s = byId.get(row.customerId);
    const refuse = (reason: string) =>
      out.notReverted.push({ rowNumber: row.rowNumber, customerId: row.customerId, name: s?.name ?? null, reason });
    if (!s) refuse('客户已不存在');
    else if (s.version !== row.afterVersion || s.deleted) refuse('导入后已被修改');
    else if (row.action === 'CREATE' && (s.touched || s.contacts > 1)) refuse('导入后已新增跟进、联系人、商机或合同');
    else if (row.action === 'CREATE') toDelete.push(row);
    else toRestore.push(row);
  }
  await purgeCustomers(
    em,
    toDelete.map((r) => ({ id: r.customerId, note: `撤销导入「${ctx.fileName}」: ${byId.get(r.customerId)!.name}` })),
    { actorId: ctx.actorId, at: ctx.now },
  );
  // Nobody changed them since (same version), so this restores exactly what the import overwrote.
  await updateCustomerFields(
    em,
    toRestore.map((r) => ({ id: r.customerId, version: r.afterVersion, values: r.before ?? {}, note: `撤销导入「${ctx.fileName}」` })),
    { actorId: ctx.actorId, at: ctx.now },
  );
  out.reverted = [...toDelete, ...toRestore].map((r) => r.rowNumber);
  return out;
}
