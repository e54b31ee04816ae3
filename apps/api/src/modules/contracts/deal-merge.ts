import type { EntityManager } from 'typeorm';

/**
 * For merging duplicate customers: moves every opportunity, contract (with lines and approvals), payment plan,
 * receipt and invoice of `fromIds` to `toId`, in the caller's transaction. Returns the moved counts per table.
 */
export const DEAL_TABLES = [
  'opportunities',
  'opportunity_stage_changes',
  'opportunity_lines',
  'contracts',
  'contract_lines',
  'contract_approvals',
  'contract_review_comments',
  'payment_plans',
  'receipts',
  'invoices',
] as const;

export async function moveDealsToCustomer(em: EntityManager, fromIds: string[], toId: string): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const table of DEAL_TABLES) {
    const [, count] = await em.query(`UPDATE ${table} SET customer_id = $2 WHERE customer_id = ANY($1::uuid[])`, [fromIds, toId]);
    moved[table] = count ?? 0;
  }
  return moved;
}
