'use client';

import { formatBusinessTime } from '@/lib/time/businessTime';
import { useQuery } from '@apollo/client/react';
import { Button, Card, List, Progress, Skeleton, Tag, Typography } from 'antd';
import { graphql } from '@/gql';
import { useFeatureT } from '@/i18n/feature';
import { importMessages } from './messages';

export const RecentImportsQuery = graphql(`
  query RecentImports {
    importJobs(first: 5) {
      edges {
        node {
          id
          kind
          fileName
          status
          progress
          totalRows
          createdAt
        }
      }
    }
  }
`);

const STATUS_COLOR: Record<string, string> = {
  VALIDATED: 'default',
  QUEUED: 'processing',
  RUNNING: 'processing',
  FAILED: 'error',
  DONE: 'success',
  REVERTED: 'warning',
};

/** Your latest imports: an import keeps running after the page closes, and this is where to find it again. */
export function RecentImports({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useFeatureT(importMessages);
  const { data, loading, error } = useQuery(RecentImportsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return null;
  const jobs = data?.importJobs.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('recent.title')} size="small" data-testid="recent-imports">
      {loading && !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : jobs.length ? (
        <List
          size="small"
          dataSource={jobs}
          renderItem={(j) => (
            <List.Item
              actions={[
                <Button key="open" type="link" size="small" onClick={() => onOpen(j.id)}>
                  {t('recent.open')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    {j.fileName} <Tag color={STATUS_COLOR[j.status]}>{t(`status.${j.status}`)}</Tag>
                  </span>
                }
                description={`${t(`kind.${j.kind}`)} · ${t('preview.total', { count: j.totalRows })} · ${formatBusinessTime(j.createdAt)}`}
              />
              {(j.status === 'RUNNING' || j.status === 'QUEUED') && <Progress percent={j.progress} size="small" style={{ width: 120 }} />}
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('recent.empty')}</Typography.Text>
      )}
    </Card>
  );
}
