import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of mutations (graphql/idempotency.ts): one row per (caller, key) for 24 hours, claimed before
 * the mutation runs and holding its response once it is done, so a retry on any replica replays it.
 */
export class IdempotencyKeys1796666871006 implements MigrationInterface {
  name = 'IdempotencyKeys1796666871006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        principal text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        PRIMARY KEY (principal, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
