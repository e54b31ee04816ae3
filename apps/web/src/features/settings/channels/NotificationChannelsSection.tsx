'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, Flex, Row as GridRow, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { FailedNotificationDeliveriesQuery } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { useSettingsT } from '../useSettingsT';
import { EmailChannelForm, RobotChannelForm } from './ChannelForms';
import {
  FailedNotificationDeliveriesQuery as FailedQuery,
  NotificationChannelsFragment,
  NotificationChannelsSettingsQuery,
  RetryNotificationDeliveryMutation,
} from './documents';

type Delivery = FailedNotificationDeliveriesQuery['notificationDeliveries']['edges'][number]['node'];

/** 通知渠道 (admins): SMTP, DingTalk and WeCom robots, and the deliveries that did not get through, with 重试. */
export function NotificationChannelsSection() {
  const t = useSettingsT();
  const { data, error, refetch } = useQuery(NotificationChannelsSettingsQuery);
  const reload = () => void refetch().catch(() => undefined);

  if (error && !data) {
    return <LoadFailed error={error} onRetry={reload} />;
  }
  const channels = data ? getFragmentData(NotificationChannelsFragment, data.notificationChannels) : null;

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('channels.hint')}
      </Typography.Paragraph>
      {channels ? (
        <GridRow gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <EmailChannelForm channels={channels} />
          </Col>
          <Col xs={24} xl={12}>
            <Flex vertical gap={16}>
              <RobotChannelForm channels={channels} kind="dingTalk" />
              <RobotChannelForm channels={channels} kind="weCom" />
            </Flex>
          </Col>
        </GridRow>
      ) : (
        <Skeleton active paragraph={{ rows: 6 }} />
      )}
      <FailedDeliveries />
    </Flex>
  );
}

/** 发送失败: outside-channel deliveries whose last attempt failed; 重试 sends one now. */
function FailedDeliveries() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [busy, setBusy] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(FailedQuery, { fetchPolicy: 'cache-and-network' });
  const [retry] = useMutation(RetryNotificationDeliveryMutation);
  const rows = (data?.notificationDeliveries.edges ?? []).map((e) => e.node);
  const reload = () => void refetch().catch(() => undefined);

  async function again(d: Delivery) {
    setBusy(d.id);
    try {
      const res = await retry({ variables: { id: d.id } });
      const status = res.data?.retryNotificationDelivery.status;
      if (status === 'SENT') message.success(t('channels.retrySent'));
      else message.warning(t('channels.retryFailed', { error: res.data?.retryNotificationDelivery.lastError ?? '' }));
      reload();
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setBusy(null);
    }
  }

  const columns: ColumnsType<Delivery> = [
    { key: 'channel', title: t('channels.channel'), render: (_, d) => <Tag>{t(`reminders.channel.${d.channel}`)}</Tag> },
    { key: 'title', title: t('channels.notification'), render: (_, d) => d.notification.title },
    {
      key: 'error',
      title: t('channels.lastError'),
      responsive: ['sm'],
      render: (_, d) => (
        <Tooltip title={d.lastError}>
          <Typography.Text type="danger" ellipsis style={{ maxWidth: 260 }}>
            {d.lastError ?? '—'}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { key: 'attempts', title: t('channels.attempts'), align: 'right', responsive: ['sm'], render: (_, d) => d.attempts },
    {
      key: 'next',
      title: t('channels.nextAttempt'),
      responsive: ['md'],
      render: (_, d) => (d.nextAttemptAt ? formatBusinessTime(d.nextAttemptAt) : t('channels.givenUp')),
    },
    { key: 'createdAt', title: t('channels.queuedAt'), responsive: ['lg'], render: (_, d) => formatBusinessTime(d.createdAt) },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, d) => (
        <Button size="small" loading={busy === d.id} onClick={() => void again(d)}>
          {t('channels.retry')}
        </Button>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('channels.failedTitle', { count: data?.notificationDeliveries.totalCount ?? 0 })}
      data-testid="failed-deliveries"
    >
      {error && !data ? (
        <LoadFailed error={error} onRetry={reload} />
      ) : (
        <Table<Delivery>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: loading ? ' ' : <Empty description={t('channels.noFailures')} /> }}
        />
      )}
    </Card>
  );
}
