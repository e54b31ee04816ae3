import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 销售目标 (issue 18 item 7): amount targets per salesperson, team (keyed by its manager) or the company, per
 * calendar month, quarter or year of the business calendar. One target per (subject, user, period, start): setting
 * it again replaces the amount. The forecast (modules/forecast) reads the pipeline from the opportunities and needs
 * no table; its expected-close index speeds the per-period sums.
 */
export class SalesTargets1796686056543 implements MigrationInterface {
  name = 'SalesTargets1796686056543';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sales_targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject varchar(8) NOT NULL CHECK (subject IN ('PERSON', 'TEAM', 'COMPANY')),
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        period varchar(8) NOT NULL CHECK (period IN ('MONTH', 'QUARTER', 'YEAR')),
        period_start date NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        set_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((subject = 'COMPANY') = (user_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX sales_targets_key ON sales_targets (subject, COALESCE(user_id, '00000000-0000-0000-0000-000000000000'::uuid), period, period_start)`,
    );
    await q.query(`CREATE INDEX sales_targets_user_idx ON sales_targets (user_id)`);
    await q.query(
      `CREATE INDEX opportunities_owner_expected_close_idx ON opportunities (owner_id, expected_close_date) WHERE stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS opportunities_owner_expected_close_idx`);
    await q.query(`DROP TABLE IF EXISTS sales_targets`);
  }
}
