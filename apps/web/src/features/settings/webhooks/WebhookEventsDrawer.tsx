'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Empty, Flex, Grid, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { WebhookEventType, WebhookEventsQuery as Result } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { useSettingsT } from '../useSettingsT';
import { WebhookEventsQuery } from './documents';
import { WEBHOOK_EVENTS } from './events';

type Row = Result['webhookEvents']['edges'][number]['node'];
const PERIODS = ['1', '24', '168', '720'] as const;

/** 事件日志: every event of the last 30 days (subscribed or not), newest first, by period and type — what a receiver reconciles against. */
export function WebhookEventsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const screens = Grid.useBreakpoint();
  const [hours, setHours] = useState<(typeof PERIODS)[number]>('24');
  const [types, setTypes] = useState<WebhookEventType[]>([]);
  // The period's start, fixed when it is chosen (a moving "now" would refetch on every render).
  const since = useMemo(() => new Date(Date.now() - Number(hours) * 3600_000).toISOString(), [hours]);
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookEventsQuery, {
    variables: { since, types: types.length ? types : null },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const rows = (data?.webhookEvents.edges ?? []).map((e) => e.node);
  const reload = () => void refetch().catch(() => undefined);

  const columns: ColumnsType<Row> = [
    { key: 'at', title: t('webhooks.eventAt'), render: (_, e) => formatBusinessTime(e.createdAt) },
    { key: 'type', title: t('webhooks.deliveryEvent'), render: (_, e) => t(`webhooks.event.${e.type}`) },
    {
      key: 'id',
      title: t('webhooks.eventId'),
      responsive: ['md'],
      render: (_, e) => (
        <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }} copyable={{ text: e.id }}>
          {e.id.slice(0, 8)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('webhooks.eventLogTitle')}
      size={screens.md ? 736 : '100%'}
      destroyOnHidden
      extra={<Button icon={<ReloadOutlined />} aria-label={t('webhooks.refresh')} onClick={reload} />}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('webhooks.eventLogHint')}</Typography.Text>
        <Flex gap={8} wrap>
          <Select
            aria-label={t('webhooks.since')}
            value={hours}
            onChange={setHours}
            style={{ width: 160 }}
            options={PERIODS.map((h) => ({ value: h, label: t(`webhooks.sinceOption.${h}`) }))}
          />
          <Select
            aria-label={t('webhooks.types')}
            mode="multiple"
            allowClear
            value={types}
            onChange={setTypes}
            placeholder={t('webhooks.allTypes')}
            style={{ minWidth: 240, flex: 1 }}
            maxTagCount="responsive"
            options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: t(`webhooks.event.${e}`) }))}
          />
        </Flex>
        {error && !data ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : (
          <Table<Row>
            rowKey="id"
            data-testid="webhook-events"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowRender: (e) => (
                <Typography.Paragraph style={{ margin: 0 }}>
                  <Typography.Text type="secondary">{t('webhooks.payload')}: </Typography.Text>
                  <code style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{JSON.stringify(e.payload, null, 2)}</code>
                </Typography.Paragraph>
              ),
            }}
            locale={{ emptyText: loading ? ' ' : <Empty description={t('webhooks.noEvents')} /> }}
            footer={
              data?.webhookEvents.pageInfo.hasNextPage
                ? () => (
                    <Button
                      block
                      onClick={() =>
                        void fetchMore({
                          variables: { after: data.webhookEvents.pageInfo.endCursor },
                          updateQuery: (prev, { fetchMoreResult }) => ({
                            webhookEvents: {
                              ...fetchMoreResult.webhookEvents,
                              edges: [...prev.webhookEvents.edges, ...fetchMoreResult.webhookEvents.edges],
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
