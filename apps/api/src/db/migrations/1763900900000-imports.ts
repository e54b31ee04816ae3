import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports: the owner the importer chose for the customers a job creates (null = the importer), and an index
 * for the worker that looks for queued or interrupted jobs.
 */
export class Imports1763900900000 implements MigrationInterface {
  name = 'Imports1763900900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ADD COLUMN owner_id uuid REFERENCES users(id)`);
    await q.query(`CREATE INDEX import_jobs_open_idx ON import_jobs (queued_at) WHERE status IN ('QUEUED', 'RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX import_jobs_open_idx`);
    await q.query(`ALTER TABLE import_jobs DROP COLUMN owner_id`);
  }
}
