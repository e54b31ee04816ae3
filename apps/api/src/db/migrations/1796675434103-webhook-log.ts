import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks that keep up and tell the whole story: an event log (30 days, for reconciliation), one row per attempt,
 * per-record ordering (event_seq + aggregate_key), leases with a token (lease_until, lease_token) so a result is
 * recorded by the sender that holds the lease, CANCELLED deliveries (a reverted import), and secret rotation
 * with an overlap window (previous_secret until previous_secret_expires_at).
 */
export class WebhookLog1796675434103 implements MigrationInterface {
  name = 'WebhookLog1796675434103';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_events (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        type varchar(60) NOT NULL,
        payload jsonb NOT NULL,
        -- the record whose events keep their order (the customer for everything under it)
        aggregate_key text,
        import_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_events_created_idx ON webhook_events (created_at DESC, id)`);
    await q.query(`CREATE INDEX webhook_events_import_idx ON webhook_events (import_id) WHERE import_id IS NOT NULL`);
    await q.query(`
      INSERT INTO webhook_events (id, type, payload, aggregate_key, import_id, created_at)
      SELECT DISTINCT ON (event_id) event_id, event_type, payload,
             COALESCE(payload->>'customerId', payload->>'id'),
             CASE WHEN payload->>'importId' ~ '^[0-9a-f-]{36}$' THEN (payload->>'importId')::uuid END, created_at
        FROM webhook_deliveries ORDER BY event_id, created_at`);

    await q.query(`ALTER TABLE webhook_deliveries DROP CONSTRAINT IF EXISTS webhook_deliveries_status_check`);
    await q.query(
      `ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED'))`,
    );
    await q.query(
      `ALTER TABLE webhook_deliveries ADD COLUMN event_seq bigint, ADD COLUMN aggregate_key text, ADD COLUMN lease_until timestamptz, ADD COLUMN lease_token uuid, ADD COLUMN redelivery_of_id uuid`,
    );
    await q.query(
      `UPDATE webhook_deliveries d SET event_seq = e.seq, aggregate_key = e.aggregate_key FROM webhook_events e WHERE e.id = d.event_id`,
    );
    // A delivery written without an event (a fixture, a hand-made row) has no aggregate, so no order to keep.
    await q.query(`UPDATE webhook_deliveries SET event_seq = 0 WHERE event_seq IS NULL`);
    await q.query(`ALTER TABLE webhook_deliveries ALTER COLUMN event_seq SET DEFAULT 0, ALTER COLUMN event_seq SET NOT NULL`);
    // The old lease lived in next_attempt_at; a delivery in flight during the upgrade is simply due again.
    await q.query(`DROP INDEX IF EXISTS webhook_deliveries_due_idx`);
    await q.query(`CREATE INDEX webhook_deliveries_queue_idx ON webhook_deliveries (endpoint_id, event_seq) WHERE status = 'PENDING'`);
    await q.query(
      `CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (endpoint_id, aggregate_key, event_seq) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);

    await q.query(`
      CREATE TABLE webhook_attempts (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        number int NOT NULL,
        started_at timestamptz NOT NULL,
        duration_ms int,
        response_code int,
        error text,
        succeeded boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, started_at)`);
    await q.query(`
      INSERT INTO webhook_attempts (id, delivery_id, number, started_at, response_code, error, succeeded)
      SELECT gen_random_uuid(), id, attempts, last_attempt_at, response_code, last_error, status = 'SUCCEEDED'
        FROM webhook_deliveries WHERE last_attempt_at IS NOT NULL`);

    await q.query(
      `ALTER TABLE webhook_endpoints ADD COLUMN previous_secret varchar(100), ADD COLUMN previous_secret_expires_at timestamptz, ADD COLUMN secret_rotated_at timestamptz`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE webhook_endpoints DROP COLUMN previous_secret, DROP COLUMN previous_secret_expires_at, DROP COLUMN secret_rotated_at`,
    );
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP INDEX webhook_deliveries_queue_idx`);
    await q.query(`DROP INDEX webhook_deliveries_order_idx`);
    await q.query(`DROP INDEX webhook_deliveries_event_idx`);
    await q.query(`DELETE FROM webhook_deliveries WHERE status = 'CANCELLED'`);
    await q.query(
      `ALTER TABLE webhook_deliveries DROP COLUMN event_seq, DROP COLUMN aggregate_key, DROP COLUMN lease_until, DROP COLUMN lease_token, DROP COLUMN redelivery_of_id`,
    );
    await q.query(`ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check`);
    await q.query(
      `ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at NULLS FIRST, created_at) WHERE status = 'PENDING'`,
    );
    await q.query(`DROP TABLE webhook_events`);
  }
}
