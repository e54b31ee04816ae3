import type { EntityManager } from 'typeorm';
import type { CustomerGrade } from '@kehu/domain';
import { writeChangeLog } from '../audit/change-log.service';
import { emitEvents } from '../webhooks/webhook.emit';

/**
 * Changes other features make to a customer on the system's behalf (signing a contract makes it 成交,
 * grading moves its grade, deleting a custom field drops its values). The customers module owns the table:
 * these writes bump the version, write the change log and emit `customer.updated`, in the caller's
 * transaction, exactly as an edit by hand does. Ownership (pool, reassignment): customer.owner-writes.ts;
 * imports: customer.bulk-writes.ts. `npm run lint` refuses SQL writing `customers` anywhere else.
 */

export interface Attribution {
  /** The person whose action caused the change (null for a scheduled job). */
  actorId: string | null;
  at: Date;
}

export interface GradeChange {
  id: string;
  from: CustomerGrade;
  to: CustomerGrade;
  /** Why, in the reader's words: e.g. 近 12 个月签约金额 177000.00. */
  reason: string;
}

/**
 * Moves each customer from `from` to `to`, unless its grade was pinned by hand or changed meanwhile (those
 * rows are skipped, not overwritten). Returns the ids that changed.
 */
export async function setCustomerGrades(em: EntityManager, changes: GradeChange[], by: Attribution): Promise<string[]> {
  if (!changes.length) return [];
  // TypeORM answers an UPDATE … RETURNING with [rows, count].
  const [rows]: [{ id: string; version: number }[], number] = await em.query(
    `UPDATE customers c SET grade = u.to_grade, version = c.version + 1, updated_at = $4
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, from_grade, to_grade)
      WHERE c.id = u.id AND c.grade = u.from_grade AND NOT c.grade_pinned AND c.deleted_at IS NULL
      RETURNING c.id, c.version`,
    [changes.map((c) => c.id), changes.map((c) => c.from), changes.map((c) => c.to), by.at],
  );
  const changed = new Map(changes.map((c) => [c.id, c]));
  const done = rows.map((r) => ({ row: r, change: changed.get(r.id)! }));
  for (let i = 0; i < done.length; i += 500) {
    await writeChangeLog(
      em,
      ...done.slice(i, i + 500).map(({ change }) => ({
        customerId: change.id,
        entityType: 'Customer',
        entityId: change.id,
        action: 'REGRADE',
        actorId: by.actorId,
        at: by.at,
        changes: [{ field: 'grade', before: { value: change.from }, after: { value: change.to } }],
        note: change.reason,
      })),
    );
  }
  await emitEvents(
    em,
    'customer.updated',
    done.map(({ row }) => ({ id: row.id, version: row.version, changedFields: ['grade'], updatedById: by.actorId })),
    { at: by.at },
  );
  return done.map(({ row }) => row.id);
}

/** Signing a contract makes its customer 成交 (WON): the only way a customer becomes WON. No-op when it already is. */
export async function markCustomerWon(em: EntityManager, customerId: string, note: string, by: Attribution): Promise<boolean> {
  const [rows]: [{ version: number; before: string }[], number] = await em.query(
    `UPDATE customers c SET type = 'WON', version = c.version + 1, updated_at = $2
       FROM (SELECT id, type FROM customers WHERE id = $1 FOR UPDATE) old
      WHERE c.id = old.id AND c.type <> 'WON'
      RETURNING c.version, old.type AS before`,
    [customerId, by.at],
  );
  const row = rows[0];
  if (!row) return false;
  await writeChangeLog(em, {
    customerId,
    entityType: 'Customer',
    entityId: customerId,
    action: 'UPDATE',
    actorId: by.actorId,
    at: by.at,
    changes: [{ field: 'type', before: { value: row.before }, after: { value: 'WON' } }],
    note,
  });
  await emitEvents(em, 'customer.updated', [{ id: customerId, version: row.version, changedFields: ['type'], updatedById: by.actorId }], {
    at: by.at,
  });
  return true;
}

/**
 * Keeps the customers' last and next follow-up times in step with their follow-up records (indexed columns
 * that drive filters, the pool rules and reminders). One statement for any number of customers. Derived
 * values, not edits: no version bump (an edit form open meanwhile stays valid), no change-log row and no
 * `customer.updated` — the follow-up itself is logged and announced (`follow_up.created`).
 */
export async function refreshCustomerFollowUpTimes(em: EntityManager, customerIds: string[]): Promise<void> {
  if (!customerIds.length) return;
  await em.query(
    `UPDATE customers c SET
       last_follow_up_at = (SELECT max(at) FROM follow_ups WHERE customer_id = c.id),
       next_follow_up_at = (SELECT next_at FROM follow_ups WHERE customer_id = c.id ORDER BY at DESC, id DESC LIMIT 1)
     WHERE c.id = ANY($1::uuid[])`,
    [customerIds],
  );
}

/**
 * A custom field was deleted: its value goes from every customer that has one, in one UPDATE. Each changed
 * customer gets a change-log row (its custom fields before and after) and a `customer.updated`.
 */
export async function dropCustomFieldValues(em: EntityManager, key: string, label: string, by: Attribution): Promise<number> {
  const [rows]: [{ id: string; version: number; before: Record<string, unknown>; after: Record<string, unknown> }[], number] =
    await em.query(
      `UPDATE customers c SET custom_fields = c.custom_fields - $1, version = c.version + 1, updated_at = $2
         FROM (SELECT id, custom_fields FROM customers WHERE custom_fields ? $1 ORDER BY id FOR UPDATE) old
        WHERE c.id = old.id
        RETURNING c.id, c.version, old.custom_fields AS before, c.custom_fields AS after`,
      [key, by.at],
    );
  for (let i = 0; i < rows.length; i += 5000) {
    await writeChangeLog(
      em,
      ...rows.slice(i, i + 5000).map((r) => ({
        customerId: r.id,
        entityType: 'Customer',
        entityId: r.id,
        action: 'UPDATE',
        actorId: by.actorId,
        at: by.at,
        changes: [{ field: 'customFields', before: { value: r.before }, after: { value: r.after } }],
        note: `自定义字段「${label}」已删除 (custom field deleted)`,
      })),
    );
  }
  await emitEvents(
    em,
    'customer.updated',
    rows.map((r) => ({ id: r.id, version: r.version, changedFields: ['customFields'], updatedById: by.actorId })),
    { at: by.at },
  );
  return rows.length;
}
