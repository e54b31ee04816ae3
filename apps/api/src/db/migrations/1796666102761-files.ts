import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files on records (modules/files): one row per uploaded file, hanging off a customer's record. `customer_id`
 * decides who sees it (the record's customer, modules/access) and moves with customer merges (a foreign key to
 * customers). A stored file has a `storage_key` (local disk or S3); a file known only by its outside address
 * (the old contract attachment metadata, copied in here) has an `external_url` instead.
 */
export class Files1796666102761 implements MigrationInterface {
  name = 'Files1796666102761';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_kind text NOT NULL CHECK (record_kind IN ('CUSTOMER', 'CONTACT', 'FOLLOW_UP', 'VISIT', 'CONTRACT', 'RECEIPT')),
        record_id uuid NOT NULL,
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        category text NOT NULL DEFAULT 'OTHER',
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text,
        size integer,
        sha256 text,
        storage_key text UNIQUE,
        external_url text,
        uploaded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        CHECK (storage_key IS NOT NULL OR external_url IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX files_record_idx ON files (record_id, uploaded_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX files_customer_idx ON files (customer_id, uploaded_at DESC) WHERE deleted_at IS NULL`);
    // The contract attachments so far were metadata only (a name and an outside URL): they become URL-only files.
    await q.query(`
      INSERT INTO files (record_kind, record_id, customer_id, category, file_name, content_type, size, external_url, uploaded_by_id, uploaded_at)
      SELECT 'CONTRACT', c.id, c.customer_id, 'OTHER', left(a->>'name', 255), a->>'contentType',
             CASE WHEN jsonb_typeof(a->'size') = 'number' THEN (a->>'size')::numeric::integer END, a->>'url', c.created_by_id, c.created_at
        FROM contracts c, jsonb_array_elements(c.attachments) a
       WHERE coalesce(a->>'name', '') <> '' AND coalesce(a->>'url', '') <> ''`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE files`);
  }
}
