import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 商机产品: the products an opportunity is about, with quantity and unit price (numeric money; the amount computed by PostgreSQL). */
export class OpportunityLines1796668565205 implements MigrationInterface {
  name = 'OpportunityLines1796668565205';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE opportunity_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
        position int NOT NULL,
        product_id uuid NOT NULL REFERENCES products(id),
        name varchar(100) NOT NULL,
        unit varchar(10),
        quantity numeric(12,2) NOT NULL CHECK (quantity > 0),
        unit_price numeric(14,2) NOT NULL CHECK (unit_price >= 0),
        amount numeric(14,2) GENERATED ALWAYS AS (round(quantity * unit_price, 2)) STORED
      )`);
    await q.query(`CREATE INDEX opportunity_lines_opportunity_idx ON opportunity_lines (opportunity_id, position)`);
    await q.query(`CREATE INDEX opportunity_lines_customer_idx ON opportunity_lines (customer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE opportunity_lines`);
  }
}
