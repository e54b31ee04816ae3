import type { EntityManager } from 'typeorm';
import { DEFAULT_LOCALE, msg, normalizeLocale, renderMessage, type NoticeContent } from '@kehu/domain';
import type { AppServices } from '../../graphql/context';
import { RECLAIMED_SINCE_SQL, renderNotification } from '../notifications/notification.render';
import { logger } from '../../common/logger';
import { failureText } from '../../common/outbound/post';
import type { OutboundPolicy } from '../../common/outbound/targets';
import type { Notification } from '../notifications/notification.entity';
import { DeliveryChannel, type ReminderKind } from '../notifications/notification.enums';
import { enabledChannels, loadChannelConfigs, type ChannelConfigs } from './channel-settings';
import { sendDingTalk } from './dingtalk';
import { sendEmail } from './email';
import { sendWeCom } from './wecom';

/** Minutes to wait after the n-th failed attempt; after the last one the delivery stays FAILED for good. */
export const RETRY_BACKOFF_MINUTES = [1, 5, 30, 120, 720];
export const MAX_ATTEMPTS = RETRY_BACKOFF_MINUTES.length + 1;
/** A claimed delivery is pushed this far ahead, so another replica does not pick it while it is being sent. */
const LEASE_MS = 5 * 60_000;

/** Queues the outside deliveries of new notifications: the kind's channels that an admin has switched on. */
export async function queueDeliveries(
  em: EntityManager,
  notifications: Notification[],
  channelsOf: (kind: ReminderKind) => DeliveryChannel[],
  now: Date,
) {
  if (!notifications.length) return;
  const on = await enabledChannels(em);
  const rows = notifications.flatMap((n) =>
    channelsOf(n.kind)
      .filter((c) => on.has(c))
      .map((channel) => ({ n: n.id, channel })),
  );
  if (!rows.length) return;
  await em.query(
    `INSERT INTO notification_deliveries (notification_id, channel, status, next_attempt_at, created_at, updated_at)
     SELECT n, channel, 'PENDING', $2, $2, $2 FROM jsonb_to_recordset($1::jsonb) AS x(n uuid, channel varchar)
     ON CONFLICT (notification_id, channel) DO NOTHING`,
    [JSON.stringify(rows), now],
  );
}

interface Claimed {
  id: string;
  channel: DeliveryChannel;
  attempts: number;
  title: string;
  body: string;
  content: NoticeContent | null;
  reclaimed: boolean;
  email: string;
  name: string;
  phone: string | null;
  locale: string;
}

/**
 * Claims deliveries (FOR UPDATE SKIP LOCKED, then a lease) so that two replicas never send the same one,
 * and counts the attempt before sending.
 */
async function claim(services: AppServices, where: string, params: unknown[]): Promise<Claimed[]> {
  const now = services.clock.now();
  const lease = new Date(now.getTime() + LEASE_MS);
  return services.dataSource.query(
    `WITH picked AS (
       SELECT d.id FROM notification_deliveries d WHERE d.status <> 'SENT' AND d.next_attempt_at IS NOT NULL AND ${where}
        ORDER BY d.next_attempt_at LIMIT 100 FOR UPDATE SKIP LOCKED),
     claimed AS (
       UPDATE notification_deliveries d SET attempts = d.attempts + 1, next_attempt_at = $1, updated_at = $2
         FROM picked WHERE d.id = picked.id RETURNING d.id, d.channel, d.attempts, d.notification_id)
     SELECT c.id, c.channel, c.attempts, n.title, n.body, n.content, ${RECLAIMED_SINCE_SQL('n')} AS reclaimed,
            u.email, u.name, u.phone, u.locale
       FROM claimed c JOIN notifications n ON n.id = c.notification_id JOIN users u ON u.id = n.recipient_id`,
    [lease, now, ...params],
  );
}

/** The texts sent to one recipient, in their language (users.locale), as of the sending moment. */
function outsideTexts(d: Claimed, timeZone: string, asOf: Date) {
  const locale = normalizeLocale(d.locale) ?? DEFAULT_LOCALE;
  const { title, body } = renderNotification(d, locale, { timeZone, asOf, reclaimed: d.reclaimed });
  const subject = renderMessage(msg('notice.channel.subject', { title }), locale);
  return {
    subject,
    mail: `${renderMessage(msg('notice.channel.greeting', { name: d.name }), locale)}\n\n${title}\n${body}\n`,
    robot: `${subject}\n${body}\n${renderMessage(msg('notice.channel.recipient', { name: d.name }), locale)}`,
  };
}

async function send(policy: OutboundPolicy, d: Claimed, configs: ChannelConfigs, now: Date, timeZone: string) {
  const mobiles = d.phone ? [d.phone] : [];
  const text = outsideTexts(d, timeZone, now);
  switch (d.channel) {
    case DeliveryChannel.EMAIL:
      return sendEmail(policy, configs.EMAIL.config, d.email, text.subject, text.mail);
    case DeliveryChannel.DINGTALK:
      return sendDingTalk(policy, configs.DINGTALK.config, text.robot, now.getTime(), mobiles);
    case DeliveryChannel.WECOM:
      return sendWeCom(policy, configs.WECOM.config, text.robot, mobiles);
  }
}

async function sendClaimed(services: AppServices, claimed: Claimed[]) {
  if (!claimed.length) return { sent: 0, failed: 0 };
  const configs = await loadChannelConfigs(services.dataSource);
  let sent = 0;
  let failed = 0;
  // Channels are independent: one failing (a mail server down) never holds back another.
  await Promise.all(
    claimed.map(async (d) => {
      try {
        await send(services.config.outbound, d, configs, services.clock.now(), services.config.businessTimeZone);
        sent++;
        await services.dataSource.query(
          `UPDATE notification_deliveries SET status = 'SENT', sent_at = $2, next_attempt_at = NULL, last_error = NULL, updated_at = $2 WHERE id = $1`,
          [d.id, services.clock.now()],
        );
      } catch (e) {
        failed++;
        const now = services.clock.now();
        const wait = RETRY_BACKOFF_MINUTES[d.attempts - 1];
        const next = d.attempts < MAX_ATTEMPTS && wait !== undefined ? new Date(now.getTime() + wait * 60_000) : null;
        // Our own words only (status, error code, refused destination): never what the peer answered.
        const reason = failureText(e);
        logger.warn(`${d.channel} delivery ${d.id} failed (attempt ${d.attempts}): ${reason}`);
        await services.dataSource.query(
          `UPDATE notification_deliveries SET status = 'FAILED', last_error = $2, next_attempt_at = $3, updated_at = $4 WHERE id = $1`,
          [d.id, reason.slice(0, 500), next, now],
        );
      }
    }),
  );
  return { sent, failed };
}

/** First attempt for the deliveries of just-created notifications. */
export async function deliverNow(services: AppServices, notificationIds: string[]) {
  return sendClaimed(services, await claim(services, `d.notification_id = ANY($3::uuid[]) AND d.status = 'PENDING'`, [notificationIds]));
}

/** Every delivery whose (re)try time has come: what the scheduled `deliveries` job runs. */
export async function deliverDue(services: AppServices) {
  return sendClaimed(services, await claim(services, `d.next_attempt_at <= $2`, []));
}
