'use client';

import { CheckOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Result, Segmented, Skeleton, Typography } from 'antd';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { MarkNotificationsReadMutation, ReminderInboxQuery, UnreadNotificationCountQuery } from './documents';
import { NotificationItem } from './NotificationItem';
import { useReminderT } from './useReminderT';

const PAGE = 20;
type Filter = 'all' | 'unread';

/** 提醒: the signed-in user's notifications (all or unread), mark read one by one or all at once. */
export function ReminderInbox() {
  const t = useReminderT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const router = useRouter();
  const client = useApolloClient();
  const [filter, setFilter] = useState<Filter>('all');
  const [marking, setMarking] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const { data, loading, error, refetch, fetchMore } = useQuery(ReminderInboxQuery, {
    variables: { unreadOnly: filter === 'unread', first: PAGE },
  });
  const { data: countData } = useQuery(UnreadNotificationCountQuery);
  const loadedUnread = countData?.unreadNotificationCount;
  const unread = loadedUnread ?? 0;

  // A notification arriving live (the header bell raises the count) shows up in the list at once.
  // The first loaded count is only remembered: the list was fetched with it.
  const lastUnread = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (loadedUnread === undefined) return;
    if (lastUnread.current !== undefined && loadedUnread > lastUnread.current) void refetch().catch(() => undefined);
    lastUnread.current = loadedUnread;
  }, [loadedUnread, refetch]);

  const [markRead] = useMutation(MarkNotificationsReadMutation);

  async function mark(ids: string[] | null) {
    setMarking(ids ? ids[0] : 'all');
    try {
      const res = await markRead({ variables: { ids, all: ids === null } });
      const result = res.data?.markNotificationsRead;
      if (!result) return;
      const readAt = new Date().toISOString();
      for (const id of result.ids) {
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Notification', id }),
          fields: { read: () => true, readAt: () => readAt },
        });
      }
      lastUnread.current = result.unreadCount;
      client.cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: result.unreadCount } });
      if (ids === null) message.success(t('inbox.markedAll', { count: result.updated }));
      if (filter === 'unread') await refetch();
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setMarking(null);
    }
  }

  function open(id: string, link: string, read: boolean) {
    if (!read) void mark([id]);
    router.push(link);
  }

  async function loadMore() {
    const after = data?.notifications.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            edges: [...prev.notifications.edges, ...fetchMoreResult.notifications.edges],
          },
        }),
      });
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setLoadingMore(false);
    }
  }

  const list = data?.notifications;
  let body;
  if (error && !list) {
    body = (
      <Result
        status="error"
        title={t('inbox.loadFailed')}
        subTitle={apiErrorText(error, locale)}
        extra={<Button onClick={() => void refetch().catch(() => undefined)}>{t('inbox.retry')}</Button>}
      />
    );
  } else if (loading && !list) {
    body = (
      <Flex vertical gap={12} data-testid="inbox-loading">
        {[0, 1, 2].map((i) => (
          <Card key={i} size="small">
            <Skeleton active title={false} paragraph={{ rows: 2 }} />
          </Card>
        ))}
      </Flex>
    );
  } else if (!list || list.edges.length === 0) {
    body = (
      <Empty
        description={
          <Flex vertical gap={4}>
            <Typography.Text>{filter === 'unread' ? t('inbox.emptyUnread') : t('inbox.empty')}</Typography.Text>
            <Typography.Text type="secondary">{t('inbox.emptyHint')}</Typography.Text>
          </Flex>
        }
      />
    );
  } else {
    body = (
      <Flex vertical gap={8} data-testid="inbox-list">
        {list.edges.map((edge) => (
          <NotificationItem
            key={edge.node.id}
            notification={edge.node}
            onMarkRead={(id) => void mark([id])}
            onOpen={open}
            marking={marking === edge.node.id}
          />
        ))}
        {list.pageInfo.hasNextPage ? (
          <Button block onClick={() => void loadMore()} loading={loadingMore}>
            {t('inbox.loadMore')}
          </Button>
        ) : null}
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('inbox.title')}
          </Typography.Title>
          {list ? <Typography.Text type="secondary">{t('inbox.total', { count: list.totalCount })}</Typography.Text> : null}
        </Flex>
        <Flex gap={8} align="center" wrap>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('inbox.all') },
              { value: 'unread', label: unread ? `${t('inbox.unread')} (${unread})` : t('inbox.unread') },
            ]}
          />
          <Button icon={<CheckOutlined />} disabled={!unread} loading={marking === 'all'} onClick={() => void mark(null)}>
            {t('inbox.markAllRead')}
          </Button>
        </Flex>
      </Flex>
      {body}
    </Flex>
  );
}
