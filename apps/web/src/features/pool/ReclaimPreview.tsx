'use client';

import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/gql';
import type { ReclaimRule } from '@/gql/schema';
import { formatDateTime } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { LoadError } from '@/features/deals/common/ui';
import { POOL_MESSAGES } from './messages';

export const PoolReclaimPreviewQuery = graphql(`
  query PoolReclaimPreview($days: Int!) {
    poolReclaimPreview(days: $days) {
      customerId
      dueAt
      rule
      reason
      customer {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
`);

const DAY_CHOICES = [7, 14, 30];

/**
 * 即将回收: which of the customers the viewer manages the pool rules would take back within N days, and
 * why — read-only, so an owner can follow up in time.
 */
export function ReclaimPreview() {
  const m = useFeatureT(POOL_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [days, setDays] = useState(7);
  const { data, loading, error, refetch } = useQuery(PoolReclaimPreviewQuery, { variables: { days }, fetchPolicy: 'cache-and-network' });
  const rows = data?.poolReclaimPreview ?? [];

  return (
    <Card
      size="small"
      title={m('previewTitle')}
      extra={
        <Segmented
          size="small"
          value={days}
          onChange={(v) => setDays(Number(v))}
          options={DAY_CHOICES.map((d) => ({ value: d, label: m('days', { n: d }) }))}
          aria-label={m('previewTitle')}
        />
      }
      style={{ marginTop: 16 }}
      data-testid="reclaim-preview"
    >
      <Typography.Paragraph type="secondary">{m('previewHint', { days })}</Typography.Paragraph>
      {error && !data ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Table
          rowKey="customerId"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={m('previewEmpty', { days })} /> }}
          columns={[
            {
              title: m('name'),
              key: 'name',
              render: (_, r) => (r.customer ? <Link href={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—'),
            },
            { title: m('owner'), key: 'owner', render: (_, r) => r.owner?.name ?? '—' },
            {
              title: m('rule'),
              dataIndex: 'rule',
              render: (rule: ReclaimRule) => (
                <Tag color={rule === 'NO_FOLLOW_UP' ? 'orange' : 'purple'}>{labels(`reclaimRule.${rule}`)}</Tag>
              ),
            },
            { title: m('dueAt'), dataIndex: 'dueAt', render: (v: string) => formatDateTime(v) },
            {
              title: m('reason'),
              dataIndex: 'reason',
              responsive: ['md'],
              render: (v: string) => (
                <Flex>
                  <Typography.Text type="secondary">{v}</Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
