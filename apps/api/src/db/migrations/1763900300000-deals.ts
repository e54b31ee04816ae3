import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deals and money: products, opportunities, contracts (lines, approvals), payment plans, receipts, invoices, deal settings. */
export class Deals1763900300000 implements MigrationInterface {
  name = 'Deals1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        code varchar(40) NOT NULL,
        unit varchar(10) NOT NULL DEFAULT '件',
        list_price numeric(14,2) NOT NULL CHECK (list_price >= 0),
        active boolean NOT NULL DEFAULT true,
        remark text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX products_code_key ON products (lower(code))`);
    await q.query(`CREATE INDEX products_name_idx ON products (name, id)`);

    await q.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL REFERENCES users(id),
        name varchar(100) NOT NULL,
        amount numeric(14,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
        stage varchar(16) NOT NULL DEFAULT 'INITIAL' CHECK (stage IN ('INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST')),
        win_rate int NOT NULL CHECK (win_rate BETWEEN 0 AND 100),
        expected_close_date date,
        lost_reason text,
        remark text,
        closed_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX opportunities_customer_idx ON opportunities (customer_id, created_at DESC)`);
    await q.query(`CREATE INDEX opportunities_owner_idx ON opportunities (owner_id, stage)`);
    await q.query(`CREATE INDEX opportunities_created_idx ON opportunities (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE opportunity_stage_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
        from_stage varchar(16),
        to_stage varchar(16) NOT NULL,
        note text,
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL,
        seq bigserial -- insertion order, for changes within the same instant
      )`);
    await q.query(`CREATE INDEX opportunity_stage_changes_customer_idx ON opportunity_stage_changes (customer_id)`);
    await q.query(`CREATE INDEX opportunity_stage_changes_opportunity_idx ON opportunity_stage_changes (opportunity_id, seq)`);
    // FollowUp.opportunityId existed before this table; now it can point at it.
    await q.query(
      `UPDATE follow_ups SET opportunity_id = NULL WHERE opportunity_id IS NOT NULL AND opportunity_id NOT IN (SELECT id FROM opportunities)`,
    );
    await q.query(
      `ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_opportunity_fk FOREIGN KEY (opportunity_id) REFERENCES opportunities(id) ON DELETE SET NULL`,
    );

    await q.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        opportunity_id uuid REFERENCES opportunities(id) ON DELETE SET NULL,
        parent_id uuid REFERENCES contracts(id) ON DELETE RESTRICT,
        owner_id uuid NOT NULL REFERENCES users(id),
        number varchar(40) NOT NULL,
        title varchar(100) NOT NULL,
        kind varchar(16) NOT NULL DEFAULT 'STANDARD' CHECK (kind IN ('STANDARD', 'SUPPLEMENTARY')),
        status varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PENDING', 'APPROVED', 'SIGNED', 'COMPLETED', 'TERMINATED')),
        -- the sum of the lines, recomputed in SQL whenever they change
        amount numeric(14,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
        signed_at date,
        start_date date,
        end_date date,
        attachments jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(attachments) = 'array'),
        remark text,
        termination_reason text,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((kind = 'SUPPLEMENTARY') = (parent_id IS NOT NULL)),
        CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
        CHECK ((status IN ('SIGNED', 'COMPLETED', 'TERMINATED')) = (signed_at IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX contracts_number_key ON contracts (number)`);
    await q.query(`CREATE INDEX contracts_customer_idx ON contracts (customer_id, created_at DESC)`);
    await q.query(`CREATE INDEX contracts_opportunity_idx ON contracts (opportunity_id) WHERE opportunity_id IS NOT NULL`);
    await q.query(`CREATE INDEX contracts_parent_idx ON contracts (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX contracts_created_idx ON contracts (created_at DESC, id)`);
    await q.query(`CREATE INDEX contracts_signed_idx ON contracts (signed_at) WHERE signed_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE contract_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        position int NOT NULL,
        product_id uuid REFERENCES products(id),
        name varchar(100) NOT NULL,
        unit varchar(10),
        quantity numeric(12,2) NOT NULL CHECK (quantity > 0),
        unit_price numeric(14,2) NOT NULL CHECK (unit_price >= 0),
        discount_percent numeric(5,2) NOT NULL DEFAULT 0 CHECK (discount_percent >= 0 AND discount_percent <= 100),
        amount numeric(14,2) GENERATED ALWAYS AS (round(quantity * unit_price * (100 - discount_percent) / 100, 2)) STORED
      )`);
    await q.query(`CREATE INDEX contract_lines_customer_idx ON contract_lines (customer_id)`);
    await q.query(`CREATE INDEX contract_lines_contract_idx ON contract_lines (contract_id, position)`);

    await q.query(`
      CREATE TABLE contract_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        action varchar(16) NOT NULL CHECK (action IN ('SUBMIT', 'APPROVE', 'REJECT', 'SIGN', 'COMPLETE', 'TERMINATE')),
        from_status varchar(16) NOT NULL,
        to_status varchar(16) NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id),
        comment text,
        at timestamptz NOT NULL,
        seq bigserial -- insertion order, for steps within the same instant
      )`);
    await q.query(`CREATE INDEX contract_approvals_customer_idx ON contract_approvals (customer_id)`);
    await q.query(`CREATE INDEX contract_approvals_contract_idx ON contract_approvals (contract_id, seq)`);

    // Per-scope counters of generated contract numbers (scope = the pattern rendered without its sequence).
    await q.query(`CREATE TABLE contract_number_counters (scope varchar(60) PRIMARY KEY, last int NOT NULL)`);

    await q.query(`
      CREATE TABLE payment_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        due_date date NOT NULL,
        amount numeric(14,2) NOT NULL CHECK (amount > 0),
        remark text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX payment_plans_customer_idx ON payment_plans (customer_id, due_date)`);
    await q.query(`CREATE INDEX payment_plans_contract_idx ON payment_plans (contract_id, due_date)`);
    await q.query(`CREATE INDEX payment_plans_due_idx ON payment_plans (due_date, id)`);

    await q.query(`
      CREATE TABLE receipts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        plan_id uuid REFERENCES payment_plans(id) ON DELETE RESTRICT,
        amount numeric(14,2) NOT NULL CHECK (amount > 0),
        received_date date NOT NULL,
        method varchar(16) NOT NULL CHECK (method IN ('BANK_TRANSFER', 'CASH', 'CHEQUE', 'ALIPAY', 'WECHAT_PAY', 'OTHER')),
        remark text,
        recorded_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX receipts_customer_idx ON receipts (customer_id, received_date DESC)`);
    await q.query(`CREATE INDEX receipts_contract_idx ON receipts (contract_id)`);
    await q.query(`CREATE INDEX receipts_plan_idx ON receipts (plan_id) WHERE plan_id IS NOT NULL`);
    await q.query(`CREATE INDEX receipts_received_idx ON receipts (received_date DESC, id)`);

    await q.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        number varchar(40) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('VAT_SPECIAL', 'VAT_NORMAL', 'E_INVOICE')),
        amount numeric(14,2) NOT NULL CHECK (amount > 0),
        issued_date date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'VOIDED')),
        remark text,
        issued_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX invoices_number_key ON invoices (number) WHERE status <> 'VOIDED'`);
    await q.query(`CREATE INDEX invoices_customer_idx ON invoices (customer_id, issued_date DESC)`);
    await q.query(`CREATE INDEX invoices_contract_idx ON invoices (contract_id)`);
    await q.query(`CREATE INDEX invoices_issued_idx ON invoices (issued_date DESC, id)`);

    // One row of admin settings for deals: the contract number pattern and the grading thresholds.
    await q.query(`
      CREATE TABLE deal_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        contract_number_pattern varchar(40) NOT NULL DEFAULT 'HT-{YYYY}-{SEQ4}',
        grade_vip numeric(14,2) NOT NULL DEFAULT 500000,
        grade_important numeric(14,2) NOT NULL DEFAULT 100000,
        grade_normal numeric(14,2) NOT NULL DEFAULT 10000,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1,
        CHECK (grade_vip > grade_important AND grade_important > grade_normal AND grade_normal > 0)
      )`);
    await q.query(`INSERT INTO deal_settings DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE follow_ups DROP CONSTRAINT IF EXISTS follow_ups_opportunity_fk`);
    await q.query(
      `DROP TABLE deal_settings, invoices, receipts, payment_plans, contract_number_counters, contract_approvals, contract_lines, contracts, opportunity_stage_changes, opportunities, products`,
    );
  }
}
