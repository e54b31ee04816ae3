import type { EntityManager } from 'typeorm';
import type { FieldChange } from './change-log.entity';

export { noteOf } from './change-log.note';

export interface ChangeLogEntry {
  customerId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  at: Date;
  changes?: FieldChange[];
  note?: string | null;
}

const comparable = (v: unknown): unknown => {
  if (v instanceof Date) return v.toISOString();
  if (v === undefined) return null;
  return v;
};
const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** The fields whose values differ, as {field, before: {value}, after: {value}}; null sides for create/delete. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
  prefix = '',
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const b = before ? comparable(before[field]) : null;
    const a = after ? comparable(after[field]) : null;
    if (before && after && same(b, a)) continue;
    if (!before && a === null) continue;
    if (!after && b === null) continue;
    changes.push({ field: prefix + field, before: before ? { value: b } : null, after: after ? { value: a } : null });
  }
  return changes;
}

/** Writes log entries in the caller's transaction, so a change and its record commit or fail together. */
export async function writeChangeLog(em: EntityManager, ...entries: ChangeLogEntry[]): Promise<void> {
  if (!entries.length) return;
  const values: unknown[] = [];
  const rows = entries.map((e, i) => {
    values.push(e.customerId, e.entityType, e.entityId, e.action, e.actorId, e.at, JSON.stringify(e.changes ?? []), e.note ?? null);
    const b = i * 8;
    return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}::jsonb, $${b + 8})`;
  });
  await em.query(
    `INSERT INTO change_logs (customer_id, entity_type, entity_id, action, actor_id, at, changes, note) VALUES ${rows.join(', ')}`,
    values,
  );
}
