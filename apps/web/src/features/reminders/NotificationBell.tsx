'use client';

import { BellOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { App, Badge, Button, Tag, Tooltip } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { getFragmentData } from '@/gql';
import { NotificationAddedSubscription, UnreadNotificationCountQuery } from './documents';
import { NotificationItemFragment } from './NotificationItem';
import { useReminderT } from './useReminderT';

export const REMINDERS_PATH = '/reminders';

/**
 * The bell in the header: the unread count as a badge, and a toast for each notification that arrives
 * over the `notificationAdded` subscription while the app is open (the count goes up with it).
 */
export function NotificationBell() {
  const t = useReminderT();
  const { notification } = App.useApp();
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
      notification.info({
        key: n.id,
        // The API's title already says what it is ("任务即将到期（…）：…"); the kind is a small label above the body.
        title: n.title,
        description: (
          <>
            <Tag color="blue" style={{ marginBottom: 4 }}>
              {t(`kind.${n.kind}`)}
            </Tag>
            <div>{n.body}</div>
          </>
        ),
        icon: <BellOutlined style={{ color: '#1668dc' }} />,
        // Bottom right: top right sits over the Save buttons of drawers and modals.
        placement: 'bottomRight',
        duration: 10,
        props: { 'data-testid': 'notification-toast' },
        actions: (
          <Button
            size="small"
            type="primary"
            onClick={() => {
              notification.destroy(n.id);
              router.push(n.link);
            }}
          >
            {t('toast.open')}
          </Button>
        ),
      });
    },
  });

  const label = count ? t('bell.unread', { count }) : t('bell.label');
  return (
    <Tooltip title={label}>
      <Link href={REMINDERS_PATH} aria-label={label} data-testid="notification-bell" data-count={count} data-state={data ? 'ready' : 'loading'}>
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18, padding: 4 }} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
