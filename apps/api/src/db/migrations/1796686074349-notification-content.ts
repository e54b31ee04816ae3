import type { MigrationInterface, QueryRunner } from 'typeorm';
import { legacyNoticeContent } from '../../modules/notifications/notification.legacy';

/**
 * Notifications in the reader's language (issue 15 item 5):
 * - `users.locale` (zh-CN | en; null = not chosen yet, read as zh-CN): the user's language, for channels without a
 *   request (email, robots, the live toast); until they choose, a request's Accept-Language still decides errors;
 * - `notifications.content` ({ title, body } as message keys + parameters), rendered per reader when read or sent.
 *   `title`/`body` keep the Chinese text (what rows written before this hold, and what is shown when content is null).
 * Existing rows whose text is one of ours are converted; anything else stays readable as it was.
 */
export class NotificationContent1796686074349 implements MigrationInterface {
  name = 'NotificationContent1796686074349';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN locale varchar(8) CONSTRAINT users_locale_check CHECK (locale IN ('zh-CN', 'en'))`);
    await q.query(`ALTER TABLE notifications ADD COLUMN content jsonb`);
    const tz = process.env.TZ_BUSINESS || 'Asia/Shanghai';
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; kind: string; title: string; body: string; due_at: Date }[] = await q.query(
        `SELECT id, kind, title, body, due_at FROM notifications WHERE id > $1 ORDER BY id LIMIT 1000`,
        [after],
      );
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const converted = rows.flatMap((r) => {
        const content = legacyNoticeContent({ kind: r.kind, title: r.title, body: r.body, dueAt: r.due_at }, tz);
        return content ? [{ id: r.id, content }] : [];
      });
      if (converted.length)
        await q.query(
          `UPDATE notifications n SET content = x.content FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, content jsonb) WHERE n.id = x.id`,
          [JSON.stringify(converted)],
        );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN content`);
    await q.query(`ALTER TABLE users DROP COLUMN locale`);
  }
}
