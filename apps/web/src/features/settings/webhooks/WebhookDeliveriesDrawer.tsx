'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Drawer, Empty, Flex, Grid, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { WebhookDeliveryRowFragment, WebhookDeliveryStatus, WebhookEndpointRowFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { useSettingsT } from '../useSettingsT';
import { RedeliverWebhookMutation, WebhookDeliveriesQuery, WebhookDeliveryRowFragment as RowFragment } from './documents';

type Row = WebhookDeliveryRowFragment;
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { SUCCEEDED: 'green', PENDING: 'blue', FAILED: 'red', CANCELLED: 'default' };

/** 投递记录 of one endpoint: each delivery's status, newest first, every attempt under it (expand), and 重新投递. */
export function WebhookDeliveriesDrawer({ endpoint, onClose }: { endpoint: WebhookEndpointRowFragment | null; onClose: () => void }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const screens = Grid.useBreakpoint();
  const [busy, setBusy] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookDeliveriesQuery, {
    variables: { filter: { endpointId: endpoint?.id ?? '' } },
    skip: !endpoint,
    fetchPolicy: 'cache-and-network',
    // Pending deliveries change on their own (the dispatcher runs every few seconds).
    pollInterval: endpoint ? 5000 : 0,
  });
  const [redeliver] = useMutation(RedeliverWebhookMutation);
  const rows = (data?.webhookDeliveries.edges ?? []).map((e) => getFragmentData(RowFragment, e.node));
  const reload = () => void refetch().catch(() => undefined);

  async function again(d: Row) {
    setBusy(d.id);
    try {
      await redeliver({ variables: { deliveryId: d.id } });
      message.success(t('webhooks.redelivered'));
      reload();
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setBusy(null);
    }
  }

  const statusTag = (d: Row) => (
    <Flex gap={4} wrap>
      <Tag color={STATUS_COLOR[d.status]}>{t(`webhooks.status.${d.status}`)}</Tag>
      {d.redeliveryOfId ? <Tag>{t('webhooks.redeliveryOf')}</Tag> : null}
    </Flex>
  );
  // Every attempt, oldest first: when, the answer (or why there was none) and how long it took.
  const attemptLog = (d: Row) => (
    <Flex vertical gap={4} data-testid="webhook-attempts">
      <Typography.Text strong>{t('webhooks.attemptLog')}</Typography.Text>
      {d.attemptLog.map((a) => (
        <Flex key={a.number} gap={12} wrap>
          <span>{t('webhooks.attemptNumber', { n: a.number })}</span>
          <span>{formatBusinessTime(a.startedAt)}</span>
          <Typography.Text type={a.succeeded ? 'success' : 'danger'}>
            {a.succeeded ? t('webhooks.attemptOk') : t('webhooks.attemptFailed')}
            {a.responseCode != null ? ` · ${a.responseCode}` : ''}
          </Typography.Text>
          {a.durationMs != null ? <Typography.Text type="secondary">{t('webhooks.duration', { ms: a.durationMs })}</Typography.Text> : null}
          {a.error ? <Typography.Text type="secondary">{a.error}</Typography.Text> : null}
        </Flex>
      ))}
    </Flex>
  );
  const code = (d: Row) =>
    d.responseCode != null ? (
      <Typography.Text type={d.responseCode >= 200 && d.responseCode < 300 ? 'success' : 'danger'}>{d.responseCode}</Typography.Text>
    ) : d.lastError ? (
      <Tooltip title={d.lastError}>
        <Typography.Text type="danger">{t('webhooks.noAnswer')}</Typography.Text>
      </Tooltip>
    ) : (
      '—'
    );
  const at = (d: Row) => formatBusinessTime(d.lastAttemptAt ?? d.createdAt);
  const action = (d: Row) => (
    <Button size="small" loading={busy === d.id} onClick={() => void again(d)}>
      {t('webhooks.redeliver')}
    </Button>
  );

  // A phone has room for three columns: what and when, how it went, and the action.
  const columns: ColumnsType<Row> = screens.sm
    ? [
        { key: 'event', title: t('webhooks.deliveryEvent'), render: (_, d) => t(`webhooks.event.${d.eventType}`) },
        { key: 'status', title: t('webhooks.deliveryStatus'), render: (_, d) => statusTag(d) },
        { key: 'code', title: t('webhooks.responseCode'), render: (_, d) => code(d) },
        { key: 'at', title: t('webhooks.deliveryAt'), render: (_, d) => at(d) },
        { key: 'attempts', title: t('webhooks.attempts'), align: 'right', render: (_, d) => d.attempts },
        {
          key: 'eventId',
          title: t('webhooks.eventId'),
          responsive: ['lg'],
          render: (_, d) => <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{d.eventId.slice(0, 8)}</Typography.Text>,
        },
        { key: 'actions', title: t('actions'), render: (_, d) => action(d) },
      ]
    : [
        {
          key: 'event',
          title: t('webhooks.deliveryEvent'),
          render: (_, d) => (
            <Flex vertical>
              <span>{t(`webhooks.event.${d.eventType}`)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {at(d)}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'status',
          title: t('webhooks.deliveryStatus'),
          render: (_, d) => (
            <Flex gap={4} align="center">
              {statusTag(d)}
              {code(d)}
            </Flex>
          ),
        },
        { key: 'actions', title: t('actions'), render: (_, d) => action(d) },
      ];

  return (
    <Drawer
      open={!!endpoint}
      onClose={onClose}
      title={t('webhooks.deliveriesTitle')}
      size={screens.md ? 736 : '100%'}
      destroyOnHidden
      extra={<Button icon={<ReloadOutlined />} aria-label={t('webhooks.refresh')} onClick={reload} />}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
          {endpoint?.url}
        </Typography.Text>
        {error && !data ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : (
          <Table<Row>
            rowKey="id"
            data-testid="webhook-deliveries"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{ expandedRowRender: attemptLog, rowExpandable: (d) => d.attemptLog.length > 0 }}
            locale={{ emptyText: loading ? ' ' : <Empty description={t('webhooks.noDeliveries')} /> }}
            footer={
              data?.webhookDeliveries.pageInfo.hasNextPage
                ? () => (
                    <Button
                      block
                      onClick={() =>
                        void fetchMore({
                          variables: { after: data.webhookDeliveries.pageInfo.endCursor },
                          updateQuery: (prev, { fetchMoreResult }) => ({
                            webhookDeliveries: {
                              ...fetchMoreResult.webhookDeliveries,
                              edges: [...prev.webhookDeliveries.edges, ...fetchMoreResult.webhookDeliveries.edges],
                            },
                          }),
                        }).catch((e: unknown) => message.error(apiErrorText(e, locale)))
                      }
                    >
                      {t('products.loadMore')}
                    </Button>
                  )
                : undefined
            }
          />
        )}
      </Flex>
    </Drawer>
  );
}
