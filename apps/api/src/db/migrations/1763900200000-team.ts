import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The team: export grant and sign-in lockout on users, sign-in records, settings (pool rules), pool moves. */
export class Team1763900200000 implements MigrationInterface {
  name = 'Team1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN can_export boolean NOT NULL DEFAULT false,
        ADD COLUMN failed_login_count int NOT NULL DEFAULT 0,
        ADD COLUMN first_failed_login_at timestamptz,
        ADD COLUMN locked_until timestamptz`);

    // One row per successful sign-in; new_ip / new_device say whether this address or browser was seen before.
    await q.query(`
      CREATE TABLE user_sign_ins (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        ip varchar(64),
        user_agent varchar(300),
        new_ip boolean NOT NULL,
        new_device boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX user_sign_ins_user_idx ON user_sign_ins (user_id, at DESC)`);
    await q.query(`CREATE INDEX user_sign_ins_ip_idx ON user_sign_ins (user_id, ip)`);
    await q.query(`CREATE INDEX user_sign_ins_agent_idx ON user_sign_ins (user_id, user_agent)`);

    // Admin-configured settings by key (pool rules live under 'pool.rules').
    await q.query(`
      CREATE TABLE settings (
        key varchar(60) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL
      )`);

    // Every move into the pool: who lost the customer, why, by which rule. Feeds the claim cool-down.
    await q.query(`
      CREATE TABLE pool_moves (
        id bigserial PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        from_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('RELEASE', 'RECLAIM')),
        rule varchar(20) CHECK (rule IN ('NO_FOLLOW_UP', 'NOT_WON')),
        reason text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX pool_moves_customer_idx ON pool_moves (customer_id, from_user_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pool_moves, settings, user_sign_ins`);
    await q.query(
      `ALTER TABLE users DROP COLUMN can_export, DROP COLUMN failed_login_count, DROP COLUMN first_failed_login_at, DROP COLUMN locked_until`,
    );
  }
}
