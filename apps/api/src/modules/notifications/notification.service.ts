import { renderNotice, type NoticeContent } from '@kehu/domain';
import type { AppServices } from '../../graphql/context';
import { hydrate, selectColumns } from '../../db/rows';
import { logger } from '../../common/logger';
import { queueDeliveries, deliverNow } from '../channels/delivery.service';
import { loadReminderSettings } from '../reminders/reminder-settings';
import { Notification } from './notification.entity';
import type { ReminderKind, SubjectType } from './notification.enums';
import { publishNotification } from './notification.publish';

/** What a scan (or an event such as a sign-in) wants to tell someone. */
export interface NotificationCandidate {
  kind: ReminderKind;
  recipientId: string;
  /** What it says, as keys + parameters: rendered in each reader's language when read or sent. */
  content: NoticeContent;
  subjectType: SubjectType;
  subjectId: string;
  customerId: string | null;
  dueAt: Date;
}

/**
 * Writes the candidates that are new and returns only those. The unique key (kind, subject, due moment,
 * recipient) with ON CONFLICT DO NOTHING makes reruns and concurrent scanners on other replicas harmless:
 * whoever inserts first sends, the others see no row come back.
 * Then each new notification is published to its recipient and queued on the kind's outside channels;
 * outside deliveries run after the in-app part is committed and published, so a failing mail server never blocks it.
 */
export async function createNotifications(
  services: AppServices,
  candidates: NotificationCandidate[],
  opts: { deliver?: boolean } = {},
): Promise<Notification[]> {
  if (!candidates.length) return [];
  const ds = services.dataSource;
  const now = services.clock.now();
  const tz = services.config.businessTimeZone;
  // title/body keep the Chinese text too: what a reader of the raw table (or an old client) sees.
  const rows = candidates.map((c) => {
    const zh = renderNotice(c.content, 'zh-CN', { timeZone: tz, asOf: now });
    return { ...c, dueAt: c.dueAt.toISOString(), title: zh.title.slice(0, 200), body: zh.body };
  });
  const created = await ds.transaction(async (em) => {
    const inserted = hydrate(
      Notification,
      await em.query(
        `INSERT INTO notifications AS n (recipient_id, kind, title, body, content, subject_type, subject_id, customer_id, due_at, created_at)
         SELECT "recipientId", kind, title, body, content, "subjectType", "subjectId", "customerId", "dueAt", $2
           FROM jsonb_to_recordset($1::jsonb) AS x("recipientId" uuid, kind varchar, title varchar, body text, content jsonb,
                                                   "subjectType" varchar, "subjectId" uuid, "customerId" uuid, "dueAt" timestamptz)
         ON CONFLICT (kind, subject_id, due_at, recipient_id) DO NOTHING
         RETURNING ${selectColumns(ds, Notification, 'n')}`,
        [JSON.stringify(rows), now],
      ),
    );
    const settings = await loadReminderSettings(em);
    await queueDeliveries(em, inserted, (kind) => settings.get(kind)?.channels ?? [], now);
    return inserted;
  });
  for (const n of created) publishNotification(services.pubSub, n);
  if (opts.deliver !== false && created.length) {
    await deliverNow(
      services,
      created.map((n) => n.id),
    ).catch((e) => logger.error(`notification delivery: ${e}`));
  }
  return created;
}
