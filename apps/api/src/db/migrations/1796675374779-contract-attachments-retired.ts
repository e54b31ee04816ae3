import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retires `contracts.attachments` (the old metadata list: a name and an outside URL per file). The files
 * migration copied the list into `files` once, but the column stayed writable through `attachments` on the
 * contract inputs, so metadata written since then would have lived only there. This copies whatever is not in
 * `files` yet (same contract and URL) and drops the column: a contract's files are `files` rows from now on
 * (`Contract.attachments` in GraphQL, like every other record).
 */
export class ContractAttachmentsRetired1796675374779 implements MigrationInterface {
  name = 'ContractAttachmentsRetired1796675374779';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO files (record_kind, record_id, customer_id, category, file_name, content_type, size, external_url, uploaded_by_id, uploaded_at)
      SELECT 'CONTRACT', c.id, c.customer_id, 'OTHER', left(a->>'name', 255), a->>'contentType',
             CASE WHEN jsonb_typeof(a->'size') = 'number' THEN (a->>'size')::numeric::integer END, a->>'url', c.created_by_id, c.created_at
        FROM contracts c, jsonb_array_elements(c.attachments) a
       WHERE coalesce(a->>'name', '') <> '' AND coalesce(a->>'url', '') <> ''
         AND NOT EXISTS (SELECT 1 FROM files f WHERE f.record_id = c.id AND f.external_url = a->>'url')`);
    await q.query(`ALTER TABLE contracts DROP COLUMN attachments`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`
      UPDATE contracts c SET attachments = x.list
        FROM (SELECT record_id, jsonb_agg(jsonb_build_object('name', file_name, 'url', external_url, 'size', size, 'contentType', content_type) ORDER BY uploaded_at) AS list
                FROM files WHERE record_kind = 'CONTRACT' AND external_url IS NOT NULL AND deleted_at IS NULL GROUP BY record_id) x
       WHERE x.record_id = c.id`);
  }
}
