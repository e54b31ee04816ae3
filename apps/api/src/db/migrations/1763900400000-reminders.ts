import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks, return visits, notifications with their deliveries, reminder and channel settings.
 * pg-boss keeps its own schema (`pgboss`) in the same database and creates it when the runner starts,
 * so databases cloned from a migrated template work too.
 */
export class Reminders1763900400000 implements MigrationInterface {
  name = 'Reminders1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid REFERENCES customers(id) ON DELETE CASCADE,
        title varchar(100) NOT NULL,
        description text,
        assignee_id uuid NOT NULL REFERENCES users(id),
        creator_id uuid NOT NULL REFERENCES users(id),
        due_at timestamptz NOT NULL,
        priority varchar(16) NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        status varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        completion_note text,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX tasks_customer_idx ON tasks (customer_id, due_at, id) WHERE customer_id IS NOT NULL`);
    await q.query(`CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, status, due_at, id)`);
    await q.query(`CREATE INDEX tasks_open_due_idx ON tasks (due_at) WHERE status = 'OPEN'`);

    await q.query(`
      CREATE TABLE visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        type varchar(16) NOT NULL CHECK (type IN ('REGULAR', 'NEW_CUSTOMER', 'ISSUE')),
        planned_at timestamptz NOT NULL,
        topic varchar(200) NOT NULL,
        owner_id uuid NOT NULL REFERENCES users(id),
        created_by_id uuid NOT NULL REFERENCES users(id),
        actual_at timestamptz,
        method varchar(16) CHECK (method IN ('PHONE', 'ON_SITE', 'VIDEO')),
        content text,
        feedback text,
        satisfaction varchar(16) CHECK (satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED')),
        problems text,
        actions text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        -- a recorded visit has its time, method and satisfaction; a planned one none of them
        CHECK ((actual_at IS NULL) = (method IS NULL) AND (actual_at IS NULL) = (satisfaction IS NULL))
      )`);
    await q.query(`CREATE INDEX visits_customer_idx ON visits (customer_id, planned_at DESC, id)`);
    await q.query(`CREATE INDEX visits_planned_idx ON visits (planned_at) WHERE actual_at IS NULL`);
    await q.query(`CREATE INDEX visits_owner_idx ON visits (owner_id, planned_at)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        title varchar(200) NOT NULL,
        body text NOT NULL DEFAULT '',
        subject_type varchar(20) NOT NULL,
        subject_id uuid NOT NULL,
        customer_id uuid REFERENCES customers(id) ON DELETE CASCADE,
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    // The dedup key: a rerun of a scan, or a second replica scanning at the same moment, inserts nothing.
    await q.query(`CREATE UNIQUE INDEX notifications_dedup_key ON notifications (kind, subject_id, due_at, recipient_id)`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_customer_idx ON notifications (customer_id) WHERE customer_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        channel varchar(16) NOT NULL CHECK (channel IN ('EMAIL', 'DINGTALK', 'WECOM')),
        status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        -- when the next attempt may start (also a lease: a claimed delivery is pushed ahead while it is sent)
        next_attempt_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    await q.query(
      `CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (next_attempt_at) WHERE status <> 'SENT' AND next_attempt_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX notification_deliveries_status_idx ON notification_deliveries (status, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE reminder_settings (
        kind varchar(32) PRIMARY KEY,
        enabled boolean NOT NULL DEFAULT true,
        lead_minutes int CHECK (lead_minutes BETWEEN 0 AND 43200),
        lead_days int CHECK (lead_days BETWEEN 0 AND 365),
        channels text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`
      INSERT INTO reminder_settings (kind, lead_minutes, lead_days) VALUES
        ('FOLLOW_UP_UPCOMING', 1440, NULL), ('FOLLOW_UP_DUE', NULL, NULL), ('FOLLOW_UP_LAPSED', NULL, NULL),
        ('VISIT_DUE', 1440, NULL), ('TASK_DUE', 60, NULL), ('TASK_OVERDUE', NULL, NULL),
        ('CONTACT_BIRTHDAY', NULL, 3), ('CONTRACT_EXPIRING', NULL, 30), ('PAYMENT_DUE', NULL, 7),
        ('PAYMENT_OVERDUE', NULL, NULL), ('POOL_RECLAIM_WARNING', NULL, 3), ('NEW_SIGN_IN_LOCATION', NULL, NULL)`);

    await q.query(`
      CREATE TABLE channel_settings (
        channel varchar(16) PRIMARY KEY CHECK (channel IN ('EMAIL', 'DINGTALK', 'WECOM')),
        enabled boolean NOT NULL DEFAULT false,
        config jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(config) = 'object'),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid REFERENCES users(id) ON DELETE SET NULL
      )`);
    await q.query(`INSERT INTO channel_settings (channel) VALUES ('EMAIL'), ('DINGTALK'), ('WECOM')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE channel_settings, reminder_settings, notification_deliveries, notifications, visits, tasks`);
  }
}
