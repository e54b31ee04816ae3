import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1763900000000 implements MigrationInterface {
  name = 'Users1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(50) NOT NULL,
        email varchar(254) NOT NULL,
        phone varchar(30),
        role varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'MANAGER', 'SALES', 'SERVICE')),
        manager_id uuid REFERENCES users(id) ON DELETE SET NULL,
        active boolean NOT NULL DEFAULT true,
        password_hash varchar(100) NOT NULL,
        must_change_password boolean NOT NULL DEFAULT false,
        token_version int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK (email = lower(email)),
        CHECK (manager_id IS NULL OR manager_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_manager_id_idx ON users (manager_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE users`);
  }
}
