import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer list's custom-field filter (customer.custom-field-filter.ts) asks `custom_fields @> {...}` (a
 * value, an option) and `custom_fields ? key` (ranges of numbers and dates): a GIN index answers both. Partial
 * on live customers, as every list is.
 */
export class CustomFieldValuesIndex1796676170398 implements MigrationInterface {
  name = 'CustomFieldValuesIndex1796676170398';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX customers_custom_fields ON customers USING gin (custom_fields) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customers_custom_fields`);
  }
}
