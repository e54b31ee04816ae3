import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { NotificationPayload } from '../modules/notifications/notification.publish';
import type { Revocation } from './revocation';

/**
 * Topics and their payloads. In-process by default; with REDIS_URL every API replica sees every event.
 * Add a topic here when a feature publishes one.
 */
export type PubSubTopics = {
  HEARTBEAT: [Date];
  /** A new notification, per recipient (topic id = recipient's user id); dates travel as ISO strings through Redis. */
  NOTIFICATION_ADDED: [recipientId: string, notification: NotificationPayload];
  /** Credentials that may have stopped working: open sockets re-check them (revocation.ts). */
  PRINCIPAL_REVOKED: [Revocation];
};

export type PubSub = ReturnType<typeof createPubSub<PubSubTopics>> & { close(): Promise<void> };

export function createAppPubSub(redisUrl: string | null): PubSub {
  if (!redisUrl) return Object.assign(createPubSub<PubSubTopics>(), { close: async () => {} });
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return Object.assign(createPubSub<PubSubTopics>({ eventTarget }), {
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
