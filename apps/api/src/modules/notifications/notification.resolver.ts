import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { normalizeLocale } from '@kehu/domain';
import { Notification } from './notification.entity';
import { readerLocale, renderForReader } from './notification.render';
import { markRead, notifications, unreadCount } from './notification.inbox';
import { fromPayload, type NotificationPayload } from './notification.publish';
import { MarkNotificationsReadResult, NotificationConnection, NotificationsArgs } from './notification.types';

@Resolver(() => Notification)
export class NotificationResolver {
  @FieldResolver(() => String, { description: 'Path in the web app that shows the subject, e.g. /customers/<id>?tab=visits' })
  link(@Root() n: Notification): string {
    const tab: Record<string, string> = {
      FOLLOW_UP: 'followUps',
      VISIT: 'visits',
      CONTACT: 'contacts',
      CONTRACT: 'contracts',
      PAYMENT_PLAN: 'receipts',
      TASK: 'tasks',
    };
    if (n.subjectType === 'USER') return '/settings/security';
    if (n.subjectType === 'TASK' && !n.customerId) return `/tasks?id=${n.subjectId}`;
    if (!n.customerId) return '/';
    return `/customers/${n.customerId}${tab[n.subjectType] ? `?tab=${tab[n.subjectType]}` : ''}`;
  }

  @FieldResolver(() => String, { description: "标题, in the reader's language (their saved locale), times in the business time zone" })
  async title(@Root() n: Notification, @Ctx() ctx: Context): Promise<string> {
    return (await renderForReader(ctx, n)).title;
  }

  @FieldResolver(() => String, { description: "内容, in the reader's language (their saved locale), times in the business time zone" })
  async body(@Root() n: Notification, @Ctx() ctx: Context): Promise<string> {
    return (await renderForReader(ctx, n)).body;
  }

  @FieldResolver(() => Boolean, { description: 'True once the recipient has read it' })
  read(@Root() n: Notification): boolean {
    return n.readAt !== null && n.readAt !== undefined;
  }

  @Query(() => NotificationConnection, { description: "我的通知: the signed-in user's notifications, newest first" })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    return notifications(ctx, args);
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread (the badge)" })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx);
  }

  @Mutation(() => MarkNotificationsReadResult, { description: 'Mark own notifications read: the given ids, or all with `all: true`' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'Notifications to mark read' }) ids: string[] | null,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Mark every unread notification read' }) all: boolean,
    @Ctx() ctx: Context,
  ) {
    return markRead(ctx, ids, all);
  }

  @Subscription(() => Notification, {
    description: "Each new notification of the signed-in user, as it is created (show it as a toast). Nobody receives another user's.",
    topics: 'NOTIFICATION_ADDED',
    // The topic id is the subscriber's own user id: events of other users are never delivered to this socket.
    topicId: ({ context }) => (context as Context).user!.id,
  })
  async notificationAdded(@Root() payload: NotificationPayload, @Ctx() ctx: Context): Promise<Notification> {
    const n = fromPayload(payload);
    // The socket may have been opened before the user switched language: read their choice as it is now.
    const [row] = await ctx.dataSource.query(`SELECT locale FROM users WHERE id = $1`, [n.recipientId]);
    n.readerLocale = normalizeLocale(row?.locale) ?? readerLocale(ctx, n);
    return n;
  }
}
