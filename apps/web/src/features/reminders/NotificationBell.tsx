'use client';

import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { getFragmentData } from '@/gql';
import { useFeedback } from '@/lib/feedback/Feedback';
import { Icon } from '@/lib/ui/Icon';
import styles from './NotificationBell.module.css';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './bellDocuments';
import { NotificationItemFragment } from './notificationItemFragment';
import { useReminderT } from './useReminderT';

export const REMINDERS_PATH = '/reminders';

/**
 * The bell in the header: the unread count as a badge, and a toast for each notification that arrives
 * over the `notificationAdded` subscription while the app is open (the count goes up with it). The toast's
 * code (./notificationToast) loads with the first notification.
 */
export function NotificationBell() {
  const t = useReminderT();
  const { notification } = useFeedback();
  const router = useRouter();
  const client = useApolloClient();
  // Subscriptions only run in the browser (server rendering has no socket).
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const { data } = useQuery(UnreadNotificationCountQuery, { skip: !mounted });
  const count = data?.unreadNotificationCount ?? 0;

  useSubscription(NotificationAddedSubscription, {
    skip: !mounted,
    onData: ({ data: result }) => {
      const added = result.data?.notificationAdded;
      if (!added) return;
      const n = getFragmentData(NotificationItemFragment, added);
      // Before the count has loaded there is nothing to raise: the loaded count already includes it.
      if (!n.read) {
        client.cache.updateQuery({ query: UnreadNotificationCountQuery }, (prev) =>
          prev ? { unreadNotificationCount: prev.unreadNotificationCount + 1 } : prev,
        );
      }
      void import('./notificationToast').then(({ notificationToast }) =>
        notification.info(
          notificationToast(n, t, () => {
            notification.destroy(n.id);
            router.push(n.link);
          }),
        ),
      );
    },
  });

  const label = count ? t('bell.unread', { count }) : t('bell.label');
  return (
    <Link
      href={REMINDERS_PATH}
      className={styles.bell}
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      data-count={count}
      data-state={data ? 'ready' : 'loading'}
    >
      <Icon icon={BellOutlined} className={styles.icon} />
      {count ? (
        <span className={styles.count} data-testid="notification-bell-count" aria-hidden>
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
