import type { EntityManager } from 'typeorm';
import { transferCustomers } from '../customers/customer.owner-writes';
import { emitEvents } from '../webhooks/webhook.emit';

/** What a reassignment moved. */
export interface MoveResult {
  customerIds: string[];
  opportunities: number;
  contracts: number;
  tasks: number;
}

/** True when `table` exists with every one of `columns` (features added by others may not be migrated yet). */
async function hasColumns(em: EntityManager, table: string, columns: string[]): Promise<boolean> {
  const [{ n }] = await em.query(
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE to_regclass($1) IS NOT NULL AND table_schema = current_schema() AND table_name = $1 AND column_name = ANY($2::text[])`,
    [table, columns],
  );
  return n === columns.length;
}

/**
 * Moves customers from one user to another inside the caller's transaction: all the user's customers
 * (recycle bin included, so nothing stays with someone who left) or the given ones; with them the user's open
 * opportunities (not WON/LOST), live contracts (not COMPLETED/TERMINATED) and open tasks of those customers,
 * when those tables exist. Follow-up records keep their author (history); the next planned follow-up is on the
 * customer and so follows its owner. The customers module writes the owner (an OWNER_CHANGE change-log entry
 * and a `customer.updated` per customer, with the note); this adds `customer.reassigned`.
 */
export async function moveCustomers(
  em: EntityManager,
  m: { fromUserId: string; toUserId: string; customerIds: string[] | null; actorId: string | null; at: Date; note: string },
): Promise<MoveResult> {
  const customerIds = await transferCustomers(
    em,
    { fromUserId: m.fromUserId, toUserId: m.toUserId, customerIds: m.customerIds, note: m.note },
    { actorId: m.actorId, at: m.at },
  );
  const result: MoveResult = { customerIds, opportunities: 0, contracts: 0, tasks: 0 };
  if (!customerIds.length) return result;

  const follow = async (table: string, ownerColumn: string, openSql: string, extraColumns: string[]) => {
    if (!(await hasColumns(em, table, ['customer_id', ownerColumn, ...extraColumns]))) return 0;
    const [, count] = await em.query(
      `UPDATE ${table} SET ${ownerColumn} = $2 WHERE ${ownerColumn} = $1 AND customer_id = ANY($3::uuid[]) AND ${openSql}`,
      [m.fromUserId, m.toUserId, customerIds],
    );
    return count as number;
  };
  result.opportunities = await follow('opportunities', 'owner_id', `stage NOT IN ('WON', 'LOST')`, ['stage']);
  result.contracts = await follow('contracts', 'owner_id', `status NOT IN ('COMPLETED', 'TERMINATED')`, ['status']);
  result.tasks = await follow('tasks', 'assignee_id', `status = 'OPEN'`, ['status']);

  await emitEvents(
    em,
    'customer.reassigned',
    customerIds.map((id) => ({ id, fromUserId: m.fromUserId, toUserId: m.toUserId, reassignedById: m.actorId })),
    { at: m.at },
  );
  return result;
}
