import type { EntityManager } from 'typeorm';
import { writeChangeLog, type ChangeLogEntry } from '../audit/change-log.service';
import type { FieldChange } from '../audit/change-log.entity';
import { emitEvents } from '../webhooks/webhook.emit';
import type { Attribution } from './customer.system-writes';

/**
 * Who owns a customer, changed on behalf of other features: the pool (公海: claim, release, reclaim) and the
 * team's reassignment. The customers module owns the table: each write bumps the version, writes one change-log
 * row per customer and emits `customer.updated` (with the fields that changed), in the caller's transaction.
 * The callers keep their own records and events (pool moves, `customer.claimed`, `customer.released`,
 * `customer.reassigned`). Bulk writes are set-based: one UPDATE, one change-log INSERT (per 5,000 rows), one
 * event INSERT, whatever the number of customers.
 */

/** Rows per change-log INSERT: 8 parameters a row, PostgreSQL allows 65,535 in one statement. */
const LOG_CHUNK = 5000;

async function logAndAnnounce(
  em: EntityManager,
  rows: { id: string; version: number; action: string; changes: FieldChange[]; note: string }[],
  by: Attribution,
): Promise<void> {
  const entries: ChangeLogEntry[] = rows.map((r) => ({
    customerId: r.id,
    entityType: 'Customer',
    entityId: r.id,
    action: r.action,
    actorId: by.actorId,
    at: by.at,
    changes: r.changes,
    note: r.note,
  }));
  for (let i = 0; i < entries.length; i += LOG_CHUNK) await writeChangeLog(em, ...entries.slice(i, i + LOG_CHUNK));
  await emitEvents(
    em,
    'customer.updated',
    rows.map((r) => ({ id: r.id, version: r.version, changedFields: r.changes.map((c) => c.field), updatedById: by.actorId })),
    { at: by.at },
  );
}

const typeChange = (before: string, after: string): FieldChange[] =>
  before === after ? [] : [{ field: 'type', before: { value: before }, after: { value: after } }];

/**
 * 领取: gives a pool customer to `ownerId` (意向 becomes 分配). One UPDATE … WHERE owner_id IS NULL decides a race:
 * false when the customer is no longer in the pool (or is deleted), and nothing is written.
 */
export async function claimPoolCustomer(
  em: EntityManager,
  customerId: string,
  ownerId: string,
  note: string,
  by: Attribution,
): Promise<boolean> {
  const [rows]: [{ version: number; before_type: string; after_type: string }[], number] = await em.query(
    `UPDATE customers c SET owner_id = $2, assigned_at = $3, updated_at = $3, version = c.version + 1,
            type = CASE WHEN c.type = 'PROSPECT' THEN 'ASSIGNED' ELSE c.type END
       FROM (SELECT id, type FROM customers WHERE id = $1 FOR UPDATE) old
      WHERE c.id = old.id AND c.owner_id IS NULL AND c.deleted_at IS NULL
      RETURNING c.version, old.type AS before_type, c.type AS after_type`,
    [customerId, ownerId, by.at],
  );
  const row = rows[0];
  if (!row) return false;
  await logAndAnnounce(
    em,
    [
      {
        id: customerId,
        version: row.version,
        action: 'CLAIM',
        changes: [{ field: 'ownerId', before: { value: null }, after: { value: ownerId } }, ...typeChange(row.before_type, row.after_type)],
        note,
      },
    ],
    by,
  );
  return true;
}

/** One customer going to the pool; its owner was checked by the caller under a row lock. */
export interface PoolEntry {
  customerId: string;
  fromUserId: string;
  /** RELEASE (退回: by a person) or RECLAIM (收回: by the rules). */
  action: 'RELEASE' | 'RECLAIM';
  /** Why, for the change log. */
  note: string;
}

/**
 * Moves customers into the pool: owner and assignment cleared, 分配 back to 意向. One UPDATE for all. Returns the
 * ids moved (a customer already in the pool is left alone).
 */
export async function moveCustomersToPool(em: EntityManager, entries: PoolEntry[], by: Attribution): Promise<string[]> {
  if (!entries.length) return [];
  const [rows]: [{ id: string; version: number; before_type: string; after_type: string }[], number] = await em.query(
    `UPDATE customers c SET owner_id = NULL, assigned_at = NULL, type = CASE WHEN c.type = 'ASSIGNED' THEN 'PROSPECT' ELSE c.type END,
            updated_at = $2, version = c.version + 1
       FROM (SELECT id, type FROM customers WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE) old
      WHERE c.id = old.id AND c.owner_id IS NOT NULL
      RETURNING c.id, c.version, old.type AS before_type, c.type AS after_type`,
    [entries.map((e) => e.customerId), by.at],
  );
  const byId = new Map(entries.map((e) => [e.customerId, e]));
  await logAndAnnounce(
    em,
    rows.map((r) => {
      const e = byId.get(r.id)!;
      return {
        id: r.id,
        version: r.version,
        action: e.action,
        changes: [
          { field: 'ownerId', before: { value: e.fromUserId }, after: { value: null } },
          ...typeChange(r.before_type, r.after_type),
        ],
        note: e.note,
      };
    }),
    by,
  );
  return rows.map((r) => r.id);
}

/**
 * 转移: moves customers from one owner to another — all of `fromUserId`'s (recycle bin included) or the given
 * ones among them. One UPDATE for all; an OWNER_CHANGE change-log row each, with the note. Returns the ids moved.
 */
export async function transferCustomers(
  em: EntityManager,
  t: { fromUserId: string; toUserId: string; customerIds: string[] | null; note: string },
  by: Attribution,
): Promise<string[]> {
  const [rows]: [{ id: string; version: number }[], number] = await em.query(
    `UPDATE customers SET owner_id = $2, assigned_at = $3, updated_at = $3, version = version + 1
      WHERE owner_id = $1 ${t.customerIds ? 'AND id = ANY($4::uuid[])' : ''} RETURNING id, version`,
    t.customerIds ? [t.fromUserId, t.toUserId, by.at, t.customerIds] : [t.fromUserId, t.toUserId, by.at],
  );
  await logAndAnnounce(
    em,
    rows.map((r) => ({
      id: r.id,
      version: r.version,
      action: 'OWNER_CHANGE',
      changes: [{ field: 'ownerId', before: { value: t.fromUserId }, after: { value: t.toUserId } }],
      note: t.note,
    })),
    by,
  );
  return rows.map((r) => r.id);
}
