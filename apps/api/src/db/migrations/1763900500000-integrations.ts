import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys for integrators, webhook endpoints and their delivery outbox. */
export class Integrations1763900500000 implements MigrationInterface {
  name = 'Integrations1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        -- the first characters of the secret (kehu_xxxxxxxx), so people can tell keys apart; never enough to use it
        prefix varchar(20) NOT NULL,
        -- sha256 of the whole secret: secrets are 256 random bits, so a fast hash is enough
        secret_hash char(64) NOT NULL UNIQUE,
        owner_id uuid NOT NULL REFERENCES users(id),
        scopes text[] NOT NULL CHECK (scopes <@ ARRAY[
          'customers:read', 'customers:write', 'customers:export',
          'deals:read', 'deals:write', 'deals:export',
          'reports:read', 'reports:write', 'reports:export']::text[] AND cardinality(scopes) > 0),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX api_keys_owner_idx ON api_keys (owner_id)`);
    await q.query(`CREATE INDEX api_keys_created_idx ON api_keys (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url varchar(500) NOT NULL,
        description varchar(200),
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        -- the signing secret has to be readable to sign (HMAC), so it is stored as is and shown only at creation
        secret varchar(100) NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX webhook_endpoints_events_idx ON webhook_endpoints USING gin (events) WHERE active`);
    await q.query(`CREATE INDEX webhook_endpoints_created_idx ON webhook_endpoints (created_at DESC, id)`);

    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type varchar(60) NOT NULL,
        payload jsonb NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        -- NULL = due now; while a dispatcher sends, it holds a lease by pushing this into the future
        next_attempt_at timestamptz,
        last_attempt_at timestamptz,
        response_code int,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at NULLS FIRST, created_at) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id)`);
    await q.query(`CREATE INDEX webhook_deliveries_created_idx ON webhook_deliveries (created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS webhook_deliveries`);
    await q.query(`DROP TABLE IF EXISTS webhook_endpoints`);
    await q.query(`DROP TABLE IF EXISTS api_keys`);
  }
}
