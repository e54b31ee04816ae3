import type { PubSub } from '../../graphql/pubsub';
import { Notification } from './notification.entity';

/** A notification as it travels through the pubsub (JSON through Redis: dates as ISO strings). */
export type NotificationPayload = Omit<Notification, 'dueAt' | 'createdAt' | 'readAt'> & {
  dueAt: string;
  createdAt: string;
  readAt: string | null;
};

export function toPayload(n: Notification): NotificationPayload {
  return {
    ...n,
    dueAt: new Date(n.dueAt).toISOString(),
    createdAt: new Date(n.createdAt).toISOString(),
    readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
  };
}

export function fromPayload(p: NotificationPayload): Notification {
  return Object.assign(new Notification(), {
    ...p,
    dueAt: new Date(p.dueAt),
    createdAt: new Date(p.createdAt),
    readAt: p.readAt ? new Date(p.readAt) : null,
  });
}

/** Topic id = recipient: a subscriber only ever listens to its own user's topic, so filtering happens server-side. */
export function publishNotification(pubSub: PubSub, n: Notification) {
  pubSub.publish('NOTIFICATION_ADDED', n.recipientId, toPayload(n));
}
