import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports: the worker running an import beats `heartbeat_at` every few seconds. An import left RUNNING with a
 * stale heartbeat was interrupted (its process was killed) and is taken over; one with a fresh heartbeat is
 * running elsewhere and left alone.
 */
export class ImportHeartbeat1796664597698 implements MigrationInterface {
  name = 'ImportHeartbeat1796664597698';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs ADD COLUMN heartbeat_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_jobs DROP COLUMN heartbeat_at`);
  }
}
