import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 客户编号: every customer gets a number such as KH-2026-000123 from an admin-set pattern (deal_settings, beside
 * the contract number pattern; same tokens {YYYY} {YY} {MM} {DD} and one {SEQn}). The number is assigned by the
 * database on insert (a BEFORE INSERT trigger), so every way a customer is created — the API, an import, the
 * demo seed — numbers it the same way. The counter per rendered prefix only goes up, and a number already held
 * (soft-deleted and merged-away customers keep theirs) is skipped: a number is never issued twice. Dates are
 * business dates in the session's `kehu.business_time_zone` (the API sets it from TZ_BUSINESS), default
 * Asia/Shanghai. Existing customers are numbered here in creation order.
 */
export class CustomerNumbers1796675506291 implements MigrationInterface {
  name = 'CustomerNumbers1796675506291';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal_settings ADD COLUMN customer_number_pattern varchar(40) NOT NULL DEFAULT 'KH-{YYYY}-{SEQ6}'`);
    await q.query(`CREATE TABLE customer_number_counters (scope text PRIMARY KEY, last bigint NOT NULL)`);
    await q.query(`ALTER TABLE customers ADD COLUMN number varchar(40)`);
    await q.query(`
      CREATE FUNCTION next_customer_number(at timestamptz) RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        pattern text;
        tz text := coalesce(nullif(current_setting('kehu.business_time_zone', true), ''), 'Asia/Shanghai');
        d timestamp;
        width int;
        v_scope text;
        seq bigint;
        candidate text;
      BEGIN
        SELECT customer_number_pattern INTO pattern FROM deal_settings LIMIT 1;
        pattern := coalesce(pattern, 'KH-{YYYY}-{SEQ6}');
        d := coalesce(at, now()) AT TIME ZONE tz;
        pattern := replace(replace(replace(replace(pattern, '{YYYY}', to_char(d, 'YYYY')), '{YY}', to_char(d, 'YY')), '{MM}', to_char(d, 'MM')), '{DD}', to_char(d, 'DD'));
        width := coalesce(nullif(substring(pattern from '\\{SEQ(\\d)\\}'), '')::int, 1);
        v_scope := regexp_replace(pattern, '\\{SEQ\\d?\\}', '#');
        LOOP
          INSERT INTO customer_number_counters AS k (scope, last) VALUES (v_scope, 1)
            ON CONFLICT (scope) DO UPDATE SET last = k.last + 1 RETURNING last INTO seq;
          candidate := regexp_replace(pattern, '\\{SEQ\\d?\\}', CASE WHEN length(seq::text) >= width THEN seq::text ELSE lpad(seq::text, width, '0') END);
          EXIT WHEN NOT EXISTS (SELECT 1 FROM customers WHERE number = candidate);
        END LOOP;
        RETURN candidate;
      END $$`);
    await q.query(`
      CREATE FUNCTION customers_assign_number() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.number IS NULL THEN NEW.number := next_customer_number(NEW.created_at); END IF;
        RETURN NEW;
      END $$`);
    // Existing customers, oldest first, with the default pattern (per business year of creation).
    await q.query(`
      WITH n AS (
        SELECT id, to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') AS y,
               row_number() OVER (PARTITION BY to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') ORDER BY created_at, id) AS r
          FROM customers)
      UPDATE customers c SET number = 'KH-' || n.y || '-' || CASE WHEN length(n.r::text) >= 6 THEN n.r::text ELSE lpad(n.r::text, 6, '0') END
        FROM n WHERE n.id = c.id`);
    await q.query(`
      INSERT INTO customer_number_counters (scope, last)
      SELECT 'KH-' || to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-#', count(*) FROM customers GROUP BY 1`);
    await q.query(`ALTER TABLE customers ALTER COLUMN number SET NOT NULL`);
    await q.query(`ALTER TABLE customers ADD CONSTRAINT customers_number_key UNIQUE (number)`);
    // The search box finds a customer by (the start of) its number, in any letter case.
    await q.query(`CREATE INDEX customers_number_search_idx ON customers (upper(number) text_pattern_ops)`);
    await q.query(`CREATE TRIGGER customers_number BEFORE INSERT ON customers FOR EACH ROW EXECUTE FUNCTION customers_assign_number()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER customers_number ON customers`);
    await q.query(`DROP FUNCTION customers_assign_number()`);
    await q.query(`DROP FUNCTION next_customer_number(timestamptz)`);
    await q.query(`ALTER TABLE customers DROP COLUMN number`);
    await q.query(`DROP TABLE customer_number_counters`);
    await q.query(`ALTER TABLE deal_settings DROP COLUMN customer_number_pattern`);
  }
}
