import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `wrote`: set inside every transaction an idempotent mutation commits (graphql/idempotency-commit.ts), so a claim
 * whose replica died says whether its write committed. A retry reruns only a claim that wrote nothing.
 */
export class IdempotencyWrote1796670100000 implements MigrationInterface {
  name = 'IdempotencyWrote1796670100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN wrote boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN wrote`);
  }
}
