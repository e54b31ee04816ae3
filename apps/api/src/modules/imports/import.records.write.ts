import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '../../db/sql';
import { editableCustomerSql } from '../access/customer-scope';
import { diffFields, writeChangeLog, type ChangeLogEntry } from '../audit/change-log.service';
import { refreshSearch } from '../customers/customer.search';
import { refreshCustomerFollowUpTimes } from '../customers/customer.system-writes';
import type { BatchContext, DoneRow, RevertOutcome, RowResult } from './import.customers.write';
import type { DuplicateInfo } from './import.customers.validate';
import type { ImportChoice } from './import.enums';
import type { ContactRowData, FollowUpRowData } from './import.records.validate';

export interface PendingRecordRow<T> {
  rowNumber: number;
  data: T;
  duplicates: DuplicateInfo[];
  choice: ImportChoice | null;
}

const CONTACT_FIELDS = ['name', 'title', 'mobile', 'phone', 'email', 'birthday', 'remark'] as const;

/** Rows to write: not duplicates, or duplicates the user chose to import anyway; the others are skipped. */
function split<T>(rows: PendingRecordRow<T>[]) {
  const skipped: RowResult[] = [];
  const write: PendingRecordRow<T>[] = [];
  for (const r of rows) {
    if (r.duplicates.length && r.choice !== 'IMPORT')
      skipped.push({ rowNumber: r.rowNumber, status: 'SKIPPED', message: '重复数据，已跳过' });
    else write.push(r);
  }
  return { skipped, write };
}

/** The rows whose customer the importer may (still) edit; the others fail. Locks those customers. */
async function editable<T extends { customerId: string | null }>(
  em: EntityManager,
  ctx: BatchContext,
  rows: PendingRecordRow<T>[],
  failed: RowResult[],
) {
  const params = new SqlParams();
  const ids = [...new Set(rows.map((r) => r.data.customerId).filter(Boolean))];
  const ok: { id: string }[] = ids.length
    ? await em.query(
        `SELECT c.id FROM customers c WHERE c.id = ANY(${params.p(ids)}::uuid[]) AND c.deleted_at IS NULL AND ${editableCustomerSql(ctx.importer, 'c', params)} ORDER BY c.id FOR UPDATE OF c`,
        params.values,
      )
    : [];
  const allowed = new Set(ok.map((r) => r.id));
  return rows.filter((r) => {
    if (r.data.customerId && allowed.has(r.data.customerId)) return true;
    failed.push({ rowNumber: r.rowNumber, status: 'FAILED', message: '客户已不存在或你无权修改，未导入' });
    return false;
  });
}

/** Contacts of existing customers, set-based; a phone taken since the preview fails its row. */
export async function writeContactBatch(
  em: EntityManager,
  ctx: BatchContext,
  rows: PendingRecordRow<ContactRowData>[],
): Promise<RowResult[]> {
  const { skipped, write } = split(rows);
  const results: RowResult[] = [...skipped];
  let todo = await editable(em, ctx, write, results);
  const phones = [...new Set(todo.flatMap((r) => [r.data.mobile, r.data.phone]).filter(Boolean))];
  if (phones.length) {
    const taken: { v: string }[] = await em.query(
      `SELECT q.v FROM unnest($1::text[]) q(v) WHERE EXISTS (SELECT 1 FROM contacts k JOIN customers c ON c.id = k.customer_id AND c.deleted_at IS NULL WHERE k.mobile = q.v OR k.phone = q.v)`,
      [phones],
    );
    const t = new Set(taken.map((x) => x.v));
    todo = todo.filter((r) => {
      if (![r.data.mobile, r.data.phone].some((p) => p && t.has(p))) return true;
      results.push({ rowNumber: r.rowNumber, status: 'FAILED', message: '该电话已被其他联系人使用（预览后新增），未导入' });
      return false;
    });
  }
  if (!todo.length) return results;
  const withIds = todo.map((r) => ({ ...r, id: randomUUID() }));
  const inserted: { id: string; version: number; updated_at: Date }[] = await em.query(
    `INSERT INTO contacts (id, customer_id, name, title, mobile, phone, email, birthday, remark, is_primary, created_at, updated_at)
     SELECT x.id, x.customer_id, x.name, x.title, x.mobile, x.phone, x.email, x.birthday, x.remark, false, $2, $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, customer_id uuid, name text, title text, mobile text, phone text, email text, birthday date, remark text)
     RETURNING id, version, updated_at`,
    [JSON.stringify(withIds.map((r) => ({ ...r.data, id: r.id, customer_id: r.data.customerId }))), ctx.now],
  );
  const byId = new Map(inserted.map((i) => [i.id, i]));
  await refreshSearch(em, [...new Set(withIds.map((r) => r.data.customerId!))]);
  const logs: ChangeLogEntry[] = withIds.map((r) => ({
    customerId: r.data.customerId,
    entityType: 'Contact',
    entityId: r.id,
    action: 'CREATE',
    actorId: ctx.importer.id,
    at: ctx.now,
    note: `导入「${ctx.fileName}」第 ${r.rowNumber} 行`,
    changes: diffFields(null, r.data as unknown as Record<string, unknown>, CONTACT_FIELDS, 'contact.'),
  }));
  for (let i = 0; i < logs.length; i += 2000) await writeChangeLog(em, ...logs.slice(i, i + 2000));
  for (const r of withIds) {
    const row = byId.get(r.id)!;
    results.push({
      rowNumber: r.rowNumber,
      status: 'DONE',
      action: 'CREATE',
      customerId: r.data.customerId!,
      entityType: 'Contact',
      entityId: r.id,
      afterVersion: row.version,
      afterUpdatedAt: row.updated_at,
    });
  }
  return results;
}

/** Follow-ups of existing customers, authored by the importer, set-based. */
export async function writeFollowUpBatch(
  em: EntityManager,
  ctx: BatchContext,
  rows: PendingRecordRow<FollowUpRowData>[],
): Promise<RowResult[]> {
  const { skipped, write } = split(rows);
  const results: RowResult[] = [...skipped];
  const todo = (await editable(em, ctx, write, results)).map((r) => ({ ...r, id: randomUUID() }));
  if (!todo.length) return results;
  const inserted: { id: string; version: number; updated_at: Date }[] = await em.query(
    `INSERT INTO follow_ups (id, customer_id, author_id, at, method, subject, content, feedback, next_at, next_plan, remind, created_at, updated_at)
     SELECT x.id, x.customer_id, $2, x.at, x.method, x.subject, x.content, x.feedback, x.next_at, x.next_plan, true, $3, $3
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, customer_id uuid, at timestamptz, method text, subject text, content text, feedback text, next_at timestamptz, next_plan text)
     RETURNING id, version, updated_at`,
    [
      JSON.stringify(
        todo.map((r) => ({ ...r.data, id: r.id, customer_id: r.data.customerId, next_at: r.data.nextAt, next_plan: r.data.nextPlan })),
      ),
      ctx.importer.id,
      ctx.now,
    ],
  );
  const byId = new Map(inserted.map((i) => [i.id, i]));
  await refreshCustomerFollowUpTimes(em, [...new Set(todo.map((r) => r.data.customerId!))]);
  for (const r of todo) {
    const row = byId.get(r.id)!;
    results.push({
      rowNumber: r.rowNumber,
      status: 'DONE',
      action: 'CREATE',
      customerId: r.data.customerId!,
      entityType: 'FollowUp',
      entityId: r.id,
      afterVersion: row.version,
      afterUpdatedAt: row.updated_at,
    });
  }
  return results;
}

/**
 * Removes the contacts or follow-ups an import created, unless they were edited since (version moved on) or,
 * for a contact, it has become the primary one.
 */
export async function revertRecordRows(
  em: EntityManager,
  kind: 'CONTACTS' | 'FOLLOW_UPS',
  ctx: { actorId: string; now: Date; fileName: string },
  rows: (DoneRow & { entityId: string })[],
): Promise<RevertOutcome> {
  const out: RevertOutcome = { reverted: [], notReverted: [] };
  if (!rows.length) return out;
  const table = kind === 'CONTACTS' ? 'contacts' : 'follow_ups';
  const state: { id: string; version: number; primary: boolean; label: string | null }[] = await em.query(
    `SELECT t.id, t.version, ${kind === 'CONTACTS' ? 't.is_primary' : 'false'} AS primary, ${kind === 'CONTACTS' ? 't.name' : 'left(t.content, 30)'} AS label
       FROM ${table} t WHERE t.id = ANY($1::uuid[]) ORDER BY t.id FOR UPDATE`,
    [rows.map((r) => r.entityId)],
  );
  const byId = new Map(state.map((s) => [s.id, s]));
  const gone: (DoneRow & { entityId: string })[] = [];
  for (const r of rows) {
    const s = byId.get(r.entityId);
    const refuse = (reason: string) =>
      out.notReverted.push({ rowNumber: r.rowNumber, customerId: r.customerId, name: s?.label ?? null, reason });
    if (!s) refuse('记录已不存在');
    else if (s.version !== r.afterVersion) refuse('导入后已被修改');
    else if (s.primary) refuse('导入后已设为首要联系人');
    else gone.push(r);
  }
  if (gone.length) {
    await em.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [gone.map((r) => r.entityId)]);
    const customers = [...new Set(gone.map((r) => r.customerId))];
    if (kind === 'CONTACTS') {
      await refreshSearch(em, customers);
      const logs: ChangeLogEntry[] = gone.map((r) => ({
        customerId: r.customerId,
        entityType: 'Contact',
        entityId: r.entityId,
        action: 'DELETE',
        actorId: ctx.actorId,
        at: ctx.now,
        note: `撤销导入「${ctx.fileName}」`,
      }));
      for (let i = 0; i < logs.length; i += 5000) await writeChangeLog(em, ...logs.slice(i, i + 5000));
    } else await refreshCustomerFollowUpTimes(em, customers);
  }
  out.reverted = gone.map((r) => r.rowNumber);
  return out;
}
