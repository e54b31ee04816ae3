import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 客户活跃度 (issue 18, item 1). `customers.last_contact_at` is the latest moment anything happened with a
 * customer: a follow-up (`at`), a recorded visit (`actual_at`), a signed contract (`signed_at`, start of that
 * day in Asia/Shanghai) or a receipt (`received_date`, likewise). Activity (活跃/沉睡/流失) is then computed at
 * read time from it, the grade and the admin thresholds (settings 'health.activity'): it is right at every
 * instant without a scan, and a list filter is a range per grade on one indexed expression
 * `COALESCE(last_contact_at, created_at)` (index below), so filtering 100k customers stays an index scan.
 *
 * Triggers keep the column true whatever writes the rows (services, imports, merges, the bench seed):
 * statement-level, with transition tables, so a bulk insert costs one UPDATE. An insert only moves the
 * column forward (GREATEST: two concurrent inserts cannot undo each other); an update or delete recomputes
 * the affected customers from the four tables.
 */
export class CustomerActivity1796675472045 implements MigrationInterface {
  name = 'CustomerActivity1796675472045';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ADD COLUMN last_contact_at timestamptz`);
    await q.query(`
      CREATE FUNCTION customer_last_contact(cid uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
        SELECT GREATEST(
          (SELECT max(f.at) FROM follow_ups f WHERE f.customer_id = cid),
          (SELECT max(v.actual_at) FROM visits v WHERE v.customer_id = cid AND v.actual_at IS NOT NULL),
          (SELECT max(k.signed_at)::timestamp AT TIME ZONE 'Asia/Shanghai' FROM contracts k WHERE k.customer_id = cid AND k.signed_at IS NOT NULL),
          (SELECT max(r.received_date)::timestamp AT TIME ZONE 'Asia/Shanghai' FROM receipts r WHERE r.customer_id = cid))
      $$`);
    await q.query(`
      CREATE FUNCTION customer_last_contact_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE customers c SET last_contact_at = x.at
          FROM (SELECT id, customer_last_contact(id) AS at FROM unnest(ids) AS id) x
         WHERE c.id = x.id AND c.last_contact_at IS DISTINCT FROM x.at
      $$`);
    // One trigger function per table: what a row's contact moment is differs.
    const tables = [
      { table: 'follow_ups', at: 'n.at', where: 'TRUE' },
      { table: 'visits', at: 'n.actual_at', where: 'n.actual_at IS NOT NULL' },
      { table: 'contracts', at: `n.signed_at::timestamp AT TIME ZONE 'Asia/Shanghai'`, where: 'n.signed_at IS NOT NULL' },
      { table: 'receipts', at: `n.received_date::timestamp AT TIME ZONE 'Asia/Shanghai'`, where: 'TRUE' },
    ];
    for (const t of tables) {
      await q.query(`
        CREATE FUNCTION ${t.table}_last_contact_trg() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE customers c SET last_contact_at = GREATEST(c.last_contact_at, m.at)
              FROM (SELECT n.customer_id, max(${t.at}) AS at FROM new_rows n WHERE ${t.where} GROUP BY n.customer_id) m
             WHERE c.id = m.customer_id AND (c.last_contact_at IS NULL OR c.last_contact_at < m.at);
          ELSIF TG_OP = 'UPDATE' THEN
            PERFORM customer_last_contact_refresh(ARRAY(
              SELECT DISTINCT u.customer_id FROM (SELECT customer_id FROM new_rows UNION SELECT customer_id FROM old_rows) u));
          ELSE
            PERFORM customer_last_contact_refresh(ARRAY(SELECT DISTINCT customer_id FROM old_rows));
          END IF;
          RETURN NULL;
        END $$`);
      await q.query(
        `CREATE TRIGGER ${t.table}_last_contact_ins AFTER INSERT ON ${t.table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${t.table}_last_contact_trg()`,
      );
      await q.query(
        `CREATE TRIGGER ${t.table}_last_contact_upd AFTER UPDATE ON ${t.table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${t.table}_last_contact_trg()`,
      );
      await q.query(
        `CREATE TRIGGER ${t.table}_last_contact_del AFTER DELETE ON ${t.table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${t.table}_last_contact_trg()`,
      );
    }
    await q.query(`UPDATE customers c SET last_contact_at = customer_last_contact(c.id)`);
    // The activity filter: per grade, a range of the contact moment; for everyone who reads all customers and
    // for one owner's list.
    await q.query(
      `CREATE INDEX customers_grade_contact_idx ON customers (grade, (COALESCE(last_contact_at, created_at))) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX customers_owner_grade_contact_idx ON customers (owner_id, grade, (COALESCE(last_contact_at, created_at))) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX customers_owner_grade_contact_idx`);
    await q.query(`DROP INDEX customers_grade_contact_idx`);
    for (const table of ['follow_ups', 'visits', 'contracts', 'receipts']) {
      for (const e of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER ${table}_last_contact_${e} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_last_contact_trg()`);
    }
    await q.query(`DROP FUNCTION customer_last_contact_refresh(uuid[])`);
    await q.query(`DROP FUNCTION customer_last_contact(uuid)`);
    await q.query(`ALTER TABLE customers DROP COLUMN last_contact_at`);
  }
}
