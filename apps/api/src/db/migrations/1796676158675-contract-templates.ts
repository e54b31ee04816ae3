import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 合同模板: an admin's .docx with placeholders (modules/contract-templates), kept in the database itself — a
 * template is small (at most 5 MB) and every API replica must read it — with the review checklist (合同审核:
 * clauses to confirm) that contracts drafted from it carry.
 */
export class ContractTemplates1796676158675 implements MigrationInterface {
  name = 'ContractTemplates1796676158675';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        file_name text NOT NULL,
        content bytea NOT NULL,
        size integer NOT NULL,
        checklist text[] NOT NULL DEFAULT '{}',
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX contract_templates_name_key ON contract_templates (name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_templates`);
  }
}
