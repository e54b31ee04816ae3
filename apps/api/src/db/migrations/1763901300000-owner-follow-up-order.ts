import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A salesperson's own list (我的客户) without touching all of their customers for one page:
 * - by next follow-up (what is due) or by last follow-up (who has been left alone), it walks an index in the
 *   list's own sort keys (customer.list.ts ORDER_EXPR, id as the keyset tie-break) and stops after a page,
 *   instead of fetching thousands of rows spread over as many heap pages to sort them;
 * - its count (totalCount) with the common filters — grade, type, status, follow-up state, created range — is
 *   an index-only scan: the owner index now carries those columns.
 */
export class OwnerFollowUpOrder1763901300000 implements MigrationInterface {
  name = 'OwnerFollowUpOrder1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customers_owner_next_follow_up_idx ON customers (owner_id, (COALESCE(next_follow_up_at, 'infinity'::timestamptz)), id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customers_owner_last_follow_up_idx ON customers (owner_id, (COALESCE(last_follow_up_at, '-infinity'::timestamptz)), id) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customers_owner_covering_idx ON customers (owner_id, created_at DESC)
         INCLUDE (grade, type, status, next_follow_up_at, last_follow_up_at) WHERE deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX customers_owner_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customers_owner_idx ON customers (owner_id, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`DROP INDEX customers_owner_covering_idx`);
    await q.query(`DROP INDEX customers_owner_last_follow_up_idx`);
    await q.query(`DROP INDEX customers_owner_next_follow_up_idx`);
  }
}
