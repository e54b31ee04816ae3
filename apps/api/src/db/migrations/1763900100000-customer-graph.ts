import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customers, contacts, follow-ups, tags, custom fields, sharing and the change log. */
export class CustomerGraph1763900100000 implements MigrationInterface {
  name = 'CustomerGraph1763900100000';

  async up(q: QueryRunner): Promise<void> {
    // pg_trgm finds similar names for the duplicate check (a trusted extension: the database owner may create it).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        -- normalised legal name (full-width, punctuation, legal-form suffixes, traditional forms folded): duplicate key
        name_key varchar(200) NOT NULL,
        type varchar(16) NOT NULL DEFAULT 'PROSPECT' CHECK (type IN ('PROSPECT', 'ASSIGNED', 'WON', 'LOST')),
        grade varchar(16) NOT NULL DEFAULT 'POTENTIAL' CHECK (grade IN ('VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL')),
        grade_pinned boolean NOT NULL DEFAULT false,
        source varchar(30),
        industry varchar(30),
        province varchar(20),
        city varchar(20),
        address varchar(200),
        email varchar(254),
        website varchar(200),
        owner_id uuid REFERENCES users(id),
        assigned_at timestamptz,
        status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEACTIVATED')),
        first_contact_date date,
        remark text,
        custom_fields jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(custom_fields) = 'object'),
        last_follow_up_at timestamptz,
        next_follow_up_at timestamptz,
        -- search: normalised text of name, contacts, phones, emails and pinyin initials, and its character bigrams
        search_text text NOT NULL DEFAULT '',
        search_grams text[] NOT NULL DEFAULT '{}',
        created_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by_id uuid REFERENCES users(id),
        version int NOT NULL DEFAULT 1
      )`);
    // Two live customers never share a normalised name; deleted ones (recycle bin) do not block a new one.
    await q.query(`CREATE UNIQUE INDEX customers_name_key_live ON customers (name_key) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_name_key_trgm ON customers USING gin (name_key gin_trgm_ops) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_owner_idx ON customers (owner_id, created_at DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_pool_idx ON customers (created_at DESC) WHERE owner_id IS NULL AND deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_last_follow_up_idx ON customers (last_follow_up_at) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_next_follow_up_idx ON customers (next_follow_up_at) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX customers_created_idx ON customers (created_at DESC, id)`);
    await q.query(`CREATE INDEX customers_name_idx ON customers (name, id)`);
    await q.query(`CREATE INDEX customers_deleted_idx ON customers (deleted_at DESC) WHERE deleted_at IS NOT NULL`);
    await q.query(`CREATE INDEX customers_search_grams_idx ON customers USING gin (search_grams)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        name varchar(50) NOT NULL,
        title varchar(50),
        mobile varchar(30),
        phone varchar(30),
        email varchar(254),
        birthday date,
        remark text,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX contacts_customer_idx ON contacts (customer_id, is_primary DESC, created_at)`);
    // At most one primary contact per customer, enforced by the database.
    await q.query(`CREATE UNIQUE INDEX contacts_one_primary ON contacts (customer_id) WHERE is_primary`);
    await q.query(`CREATE INDEX contacts_mobile_idx ON contacts (mobile) WHERE mobile IS NOT NULL`);
    await q.query(`CREATE INDEX contacts_phone_idx ON contacts (phone) WHERE phone IS NOT NULL`);
    await q.query(
      `CREATE INDEX contacts_birthday_idx ON contacts ((extract(month FROM birthday) * 100 + extract(day FROM birthday))) WHERE birthday IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        opportunity_id uuid,
        author_id uuid NOT NULL REFERENCES users(id),
        at timestamptz NOT NULL,
        method varchar(16) NOT NULL CHECK (method IN ('PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'OTHER')),
        subject varchar(100),
        content text NOT NULL,
        feedback text,
        next_at timestamptz,
        next_plan text,
        remind boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX follow_ups_customer_idx ON follow_ups (customer_id, at DESC, id)`);
    await q.query(`CREATE INDEX follow_ups_author_idx ON follow_ups (author_id, at DESC)`);
    await q.query(`CREATE INDEX follow_ups_next_idx ON follow_ups (next_at) WHERE next_at IS NOT NULL AND remind`);

    await q.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(30) NOT NULL,
        color varchar(20),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX tags_name_key ON tags (lower(name))`);
    await q.query(`
      CREATE TABLE customer_tags (
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, tag_id)
      )`);
    await q.query(`CREATE INDEX customer_tags_tag_idx ON customer_tags (tag_id, customer_id)`);

    await q.query(`
      CREATE TABLE custom_fields (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(40) NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]*$'),
        label varchar(50) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTI_SELECT')),
        options jsonb NOT NULL DEFAULT '[]'::jsonb,
        required boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX custom_fields_key ON custom_fields (key)`);

    await q.query(`
      CREATE TABLE customer_shares (
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        can_edit boolean NOT NULL DEFAULT false,
        expires_at timestamptz,
        shared_by_id uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (customer_id, user_id)
      )`);
    await q.query(`CREATE INDEX customer_shares_user_idx ON customer_shares (user_id, customer_id)`);

    await q.query(`
      CREATE TABLE change_logs (
        id bigserial PRIMARY KEY,
        customer_id uuid,
        entity_type varchar(30) NOT NULL,
        entity_id uuid NOT NULL,
        action varchar(30) NOT NULL,
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        changes jsonb NOT NULL DEFAULT '[]'::jsonb,
        note text
      )`);
    await q.query(`CREATE INDEX change_logs_customer_idx ON change_logs (customer_id, id DESC)`);
    await q.query(`CREATE INDEX change_logs_entity_idx ON change_logs (entity_type, entity_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_logs, customer_shares, custom_fields, customer_tags, tags, follow_ups, contacts, customers`);
  }
}
