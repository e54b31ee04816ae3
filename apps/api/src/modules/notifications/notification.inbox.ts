import type { Context } from '../../graphql/context';
import { decodeCursor, keysetDirection, pageWindow, toConnection } from '../../graphql/connection';
import { badInput, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { hydrate, selectColumns, cursorTime } from '../../db/rows';
import { requireUser } from '../access/current-user';
import { Notification } from './notification.entity';
import { MarkNotificationsReadResult, NotificationConnection, type NotificationsArgs } from './notification.types';

/** The signed-in user's inbox: only their own notifications, ever. */
export async function notifications(ctx: Context, args: NotificationsArgs) {
  const user = requireUser(ctx);
  const window = pageWindow(args);
  const { limit, cursor, cursorField } = window;
  const { op, order } = keysetDirection(window, 'DESC');
  const params: unknown[] = [user.id, limit + 1];
  let where = `n.recipient_id = $1`;
  if (args.unreadOnly) where += ` AND n.read_at IS NULL`;
  if (cursor) {
    const [at, id] = decodeCursor(cursor, 2, cursorField);
    if (typeof at !== 'string' || !isUuid(id)) throw badInput(cursorField, msg('notifications.invalidCursor'));
    params.push(at, id);
    where += ` AND (n.created_at, n.id) ${op} ($3::timestamptz, $4::uuid)`;
  }
  const rows = hydrate(
    Notification,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Notification, 'n')} FROM notifications n WHERE ${where} ORDER BY n.created_at ${order}, n.id ${order} LIMIT $2`,
      params,
    ),
  );
  return toConnection(
    NotificationConnection,
    rows,
    limit,
    (n) => [cursorTime(n.createdAt), n.id],
    async () => {
      const [{ count }] = await ctx.dataSource.query(
        `SELECT count(*)::int AS count FROM notifications n WHERE n.recipient_id = $1${args.unreadOnly ? ' AND n.read_at IS NULL' : ''}`,
        [user.id],
      );
      return count;
    },
    !!cursor,
    window.backward,
  );
}

export async function unreadCount(ctx: Context, userId = requireUser(ctx).id): Promise<number> {
  const [{ count }] = await ctx.dataSource.query(
    `SELECT count(*)::int AS count FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
    [userId],
  );
  return count;
}

/** Marks the given (own) notifications, or all of them, read. Others' ids are silently not touched. */
export async function markRead(ctx: Context, ids: string[] | null | undefined, all: boolean): Promise<MarkNotificationsReadResult> {
  const user = requireUser(ctx);
  if (!all && !ids?.length) throw badInput('ids', msg('notifications.giveIdsAllTrue'));
  if (!all && ids!.some((id) => !isUuid(id))) throw badInput('ids', msg('notifications.invalidNotificationId'));
  if (!all && ids!.length > 500) throw badInput('ids', msg('notifications.mostIds'));
  const [rows] = await ctx.dataSource.query(
    `UPDATE notifications SET read_at = $2 WHERE recipient_id = $1 AND read_at IS NULL${all ? '' : ' AND id = ANY($3::uuid[])'} RETURNING id`,
    all ? [user.id, ctx.clock.now()] : [user.id, ctx.clock.now(), ids],
  );
  const changed = (rows as { id: string }[]).map((r) => r.id);
  return Object.assign(new MarkNotificationsReadResult(), {
    updated: changed.length,
    ids: changed,
    unreadCount: await unreadCount(ctx, user.id),
  });
}
