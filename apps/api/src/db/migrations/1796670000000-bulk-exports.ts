import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 批量导出: bulk reads written to files storage by a background job, with progress and a heartbeat. */
export class BulkExports1796670000000 implements MigrationInterface {
  name = 'BulkExports1796670000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bulk_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(20) NOT NULL,
        format varchar(8) NOT NULL,
        status varchar(12) NOT NULL,
        filter jsonb NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        api_key_id uuid REFERENCES api_keys(id) ON DELETE SET NULL,
        total_rows int,
        processed_rows int NOT NULL DEFAULT 0,
        bytes bigint NOT NULL DEFAULT 0,
        storage_key varchar(100),
        file_name varchar(200) NOT NULL,
        error text,
        created_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz
      )`);
    await q.query(`CREATE INDEX bulk_exports_user_idx ON bulk_exports (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX bulk_exports_open_idx ON bulk_exports (created_at) WHERE status IN ('QUEUED', 'RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bulk_exports`);
  }
}
