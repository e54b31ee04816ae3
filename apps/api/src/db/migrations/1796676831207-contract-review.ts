import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 合同审核与归档: a contract generated from a template carries that template's review checklist (items with who
 * ticked them and when) and cannot be submitted for approval until every item is ticked; reviewers' comments are
 * kept on the contract (`contract_review_comments`, moved with the customer on merges); uploading the signed scan
 * of a signed contract archives it (`archived_at`: 已归档).
 */
export class ContractReview1796676831207 implements MigrationInterface {
  name = 'ContractReview1796676831207';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contracts
        ADD COLUMN template_id uuid REFERENCES contract_templates(id) ON DELETE SET NULL,
        ADD COLUMN review_checklist jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN archived_at timestamptz`);
    await q.query(`
      CREATE TABLE contract_review_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX contract_review_comments_contract_idx ON contract_review_comments (contract_id, at)`);
    await q.query(`CREATE INDEX contract_review_comments_customer_idx ON contract_review_comments (customer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_review_comments`);
    await q.query(`ALTER TABLE contracts DROP COLUMN template_id, DROP COLUMN review_checklist, DROP COLUMN archived_at`);
  }
}
