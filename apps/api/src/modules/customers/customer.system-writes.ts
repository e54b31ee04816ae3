import type { EntityManager } from 'typeorm';
import type { CustomerGrade } from '@kehu/domain';
import { writeChangeLog } from '../audit/change-log.service';
import { emitEvents } from '../webhooks/webhook.emit';

/**
 * Changes other features make to a customer on the system's behalf (signing a contract makes it 成交,
 * grading moves its grade). The customers module owns the table: these writes bump the version, write the
 * change log and emit `customer.updated`, in the caller's transaction, exactly as an edit by hand does.
 */

interface Attribution {
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
