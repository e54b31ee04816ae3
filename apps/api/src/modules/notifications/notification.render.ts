import DataLoader from 'dataloader';
import { DEFAULT_LOCALE, normalizeLocale, renderNotice, type Locale } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { defineLoader } from '../../graphql/loaders';
import type { Notification } from './notification.entity';
import { ReminderKind } from './notification.enums';

/**
 * A notification's title and body in one reader's language (issue 15 item 5), as of now: a pool-reclaim warning
 * read after its moment no longer announces that moment, and one whose customer has been reclaimed since says so.
 * Rows whose old Chinese text could not be read back into keys (content null) show that text.
 */
export function renderNotification(
  n: Pick<Notification, 'title' | 'body' | 'content'>,
  locale: Locale,
  ctx: { timeZone: string; asOf: Date; reclaimed?: boolean },
): { title: string; body: string } {
  if (!n.content) return { title: n.title, body: n.body };
  return renderNotice(n.content, locale, ctx);
}

/** SQL: true when the pool-reclaim warning `n`'s customer was reclaimed from its recipient after the warning. */
export const RECLAIMED_SINCE_SQL = (n: string) =>
  `(${n}.kind = 'POOL_RECLAIM_WARNING' AND EXISTS (SELECT 1 FROM pool_moves m WHERE m.customer_id = ${n}.subject_id
     AND m.from_user_id = ${n}.recipient_id AND m.kind = 'RECLAIM' AND m.at >= ${n}.created_at))`;

/** Pool-reclaim warnings (by id) whose customer has been reclaimed since. */
export const reclaimedSince = defineLoader(
  (ctx) =>
    new DataLoader<string, boolean>(async (ids) => {
      const rows: { id: string }[] = await ctx.dataSource.query(
        `SELECT n.id FROM notifications n WHERE n.id = ANY($1::uuid[]) AND ${RECLAIMED_SINCE_SQL('n')}`,
        [ids],
      );
      const hit = new Set(rows.map((r) => r.id));
      return ids.map((id) => hit.has(id));
    }),
);

/** The reader's language: the user's saved choice (re-read for live events), else zh-CN. */
export function readerLocale(ctx: Context, n: Pick<Notification, 'readerLocale'>): Locale {
  return n.readerLocale ?? normalizeLocale(ctx.user?.locale) ?? DEFAULT_LOCALE;
}

export async function renderForReader(ctx: Context, n: Notification): Promise<{ title: string; body: string }> {
  const reclaimed = n.kind === ReminderKind.POOL_RECLAIM_WARNING && !!n.content ? await ctx.loaders.get(reclaimedSince).load(n.id) : false;
  return renderNotification(n, readerLocale(ctx, n), { timeZone: ctx.config.businessTimeZone, asOf: ctx.clock.now(), reclaimed });
}
