import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bulk work: import jobs with one row per file line (what it became, for resume and revert) and the export
 * audit log.
 */
export class Bulk1763900700000 implements MigrationInterface {
  name = 'Bulk1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(16) NOT NULL CHECK (kind IN ('CUSTOMERS', 'CONTACTS', 'FOLLOW_UPS')),
        file_name varchar(200) NOT NULL,
        encoding varchar(16) NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'VALIDATED'
          CHECK (status IN ('VALIDATED', 'QUEUED', 'RUNNING', 'FAILED', 'DONE', 'REVERTED')),
        created_by_id uuid NOT NULL REFERENCES users(id),
        total_rows int NOT NULL DEFAULT 0,
        error_rows int NOT NULL DEFAULT 0,
        duplicate_rows int NOT NULL DEFAULT 0,
        processed_rows int NOT NULL DEFAULT 0,
        created_count int NOT NULL DEFAULT 0,
        updated_count int NOT NULL DEFAULT 0,
        skipped_count int NOT NULL DEFAULT 0,
        failed_count int NOT NULL DEFAULT 0,
        last_error text,
        revert_report jsonb,
        created_at timestamptz NOT NULL,
        queued_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        reverted_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX import_jobs_creator_idx ON import_jobs (created_by_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX import_jobs_created_idx ON import_jobs (created_at DESC, id)`);

    // One row per data line of the file. status moves PENDING -> DONE/SKIPPED/FAILED inside the same transaction
    // that writes the records, so after a crash the PENDING rows are exactly the work left.
    await q.query(`
      CREATE TABLE import_rows (
        import_id uuid NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
        row_number int NOT NULL,
        data jsonb NOT NULL,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        duplicates jsonb NOT NULL DEFAULT '[]'::jsonb,
        choice varchar(8) CHECK (choice IN ('SKIP', 'UPDATE', 'IMPORT')),
        status varchar(12) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'SKIPPED', 'FAILED', 'REVERTED')),
        action varchar(8) CHECK (action IN ('CREATE', 'UPDATE')),
        customer_id uuid,
        entity_type varchar(16),
        entity_id uuid,
        before jsonb,
        after_version int,
        after_updated_at timestamptz,
        message text,
        PRIMARY KEY (import_id, row_number)
      )`);
    await q.query(`CREATE INDEX import_rows_pending_idx ON import_rows (import_id, row_number) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE export_audit (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        subject varchar(40) NOT NULL,
        format varchar(8) NOT NULL CHECK (format IN ('XLSX', 'PDF')),
        filter jsonb NOT NULL DEFAULT '{}'::jsonb,
        row_count int NOT NULL,
        completed boolean NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX export_audit_at_idx ON export_audit (at DESC, id DESC)`);
    await q.query(`CREATE INDEX export_audit_user_idx ON export_audit (user_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE export_audit, import_rows, import_jobs`);
  }
}
