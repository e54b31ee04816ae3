import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A frequent search term (科技, 电子: one name in seven to twenty) as a salesperson: walk her customers newest
 * first and stop after a page (customer.list.ts), reading the search text from the index (an index-only
 * scan) instead of fetching each customer's row. A btree entry must stay under about 2.7 kB, so the index
 * holds the customers whose search text is at most 2,000 bytes; the second, narrow index finds the few
 * others (hundreds of contacts), which the search visits row by row.
 */
export class OwnerSearchWalk1796664589114 implements MigrationInterface {
  name = 'OwnerSearchWalk1796664589114';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customers_owner_search_walk_idx ON customers (owner_id, created_at DESC, id DESC) INCLUDE (search_text)
         WHERE deleted_at IS NULL AND octet_length(search_text) <= 2000`,
    );
    await q.query(
      `CREATE INDEX customers_owner_long_search_idx ON customers (owner_id, created_at DESC, id DESC)
         WHERE deleted_at IS NULL AND octet_length(search_text) > 2000`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customers_owner_long_search_idx`);
    await q.query(`DROP INDEX customers_owner_search_walk_idx`);
  }
}
