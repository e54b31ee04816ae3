'use client';

import { formatBusinessTime } from '@/lib/time/businessTime';
import { Badge, Button, Card, Flex, Tag, Typography } from 'antd';
import Link from 'next/link';
import { getFragmentData, type FragmentType } from '@/gql';
import type { ReminderKind } from '@/gql/graphql';
import { NotificationItemFragment } from './notificationItemFragment';
import { useReminderT } from './useReminderT';

export { NotificationItemFragment };

/** Kinds that need attention now get a warm colour; the rest are informational. */
const KIND_COLOR: Partial<Record<ReminderKind, string>> = {
  TASK_OVERDUE: 'red',
  PAYMENT_OVERDUE: 'red',
  FOLLOW_UP_DUE: 'orange',
  POOL_RECLAIM_WARNING: 'orange',
  NEW_SIGN_IN_LOCATION: 'purple',
  CONTACT_BIRTHDAY: 'magenta',
};

export function formatTime(iso: string): string {
  return formatBusinessTime(iso);
}

export interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  onMarkRead: (id: string) => void;
  /** Going to the record also marks the reminder read. */
  onOpen: (id: string, link: string, read: boolean) => void;
  marking?: boolean;
}

/** One row of the inbox: kind, title, body, due time, and the way to the record. */
export function NotificationItem(props: NotificationItemProps) {
  const t = useReminderT();
  const n = getFragmentData(NotificationItemFragment, props.notification);
  return (
    <Card
      size="small"
      data-testid="notification-item"
      data-read={n.read ? 'true' : 'false'}
      style={n.read ? undefined : { borderLeft: '3px solid #1668dc' }}
    >
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Flex align="center" gap={8} wrap>
            {n.read ? null : <Badge status="processing" aria-label={t('inbox.unread')} />}
            <Tag color={KIND_COLOR[n.kind] ?? 'blue'}>{t(`kind.${n.kind}`)}</Tag>
            <Link href={n.link}>
              <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
            </Link>
          </Flex>
          {n.body ? <Typography.Text type="secondary">{n.body}</Typography.Text> : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inbox.due')} {formatTime(n.dueAt)} · {t('inbox.createdAt')} {formatTime(n.createdAt)}
          </Typography.Text>
        </Flex>
        <Flex gap={8} align="center">
          <Button size="small" onClick={() => props.onOpen(n.id, n.link, n.read)}>
            {t('inbox.open')}
          </Button>
          {n.read ? (
            <Typography.Text type="secondary">{t('inbox.read')}</Typography.Text>
          ) : (
            <Button size="small" type="link" loading={props.marking} onClick={() => props.onMarkRead(n.id)}>
              {t('inbox.markRead')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
