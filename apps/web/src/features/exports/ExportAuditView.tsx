'use client';

import { formatBusinessTime } from '@/lib/time/businessTime';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Flex, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { hasErrorCode } from '@/lib/apollo/errors';
import { ExportAuditQuery, ExportAuditUsersQuery } from './documents';
import { describeFilter, splitKind } from './describeFilter';
import type { ExportMessages } from './messages';
import { useExportT } from './useExportT';

/** 导出记录 (admins): every export with who, what, filter, rows and when, newest first, filterable by person. */
export function ExportAuditView() {
  const t = useExportT();
  const [userId, setUserId] = useState<string | undefined>();
  const variables = { filter: userId ? { userId } : null };
  const { data, loading, error, fetchMore, refetch } = useQuery(ExportAuditQuery, { variables, notifyOnNetworkStatusChange: true });
  const forbidden = hasErrorCode(error, 'FORBIDDEN');
  const { data: usersData } = useQuery(ExportAuditUsersQuery, { skip: forbidden, fetchPolicy: 'cache-first' });
  const users = usersData?.users.edges.map((e) => e.node) ?? [];
  const page = data?.exportAudit;
  const rows = page?.edges.map((e) => e.node) ?? [];

  const kindLabel = (kind: string) => {
    const [head, report] = splitKind(kind);
    if (head === 'REPORT' && report)
      return `${t('kinds.REPORT')} · ${t(`kinds.reports.${report as keyof ExportMessages['kinds']['reports']}`)}`;
    const lists = ['CUSTOMERS', 'CONTRACTS', 'OPPORTUNITIES', 'RECEIPTS'] as const;
    const list = lists.find((k) => k === head);
    return list ? t(`kinds.${list}`) : kind;
  };

  return (
    <Flex vertical gap={16} style={{ padding: 16, maxWidth: 1200 }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      </div>
      {forbidden ? (
        <Alert type="warning" showIcon title={t('audit.forbidden')} />
      ) : error && !data ? (
        <Alert
          type="error"
          showIcon
          title={t('errors.generic')}
          action={<Button onClick={() => void refetch()}>{t('audit.retry')}</Button>}
        />
      ) : (
        <>
          <Flex gap={8} align="center" wrap>
            <Typography.Text id="export-audit-user-label">{t('audit.filterUser')}</Typography.Text>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              aria-labelledby="export-audit-user-label"
              style={{ minWidth: 200 }}
              placeholder={t('audit.filterUserPlaceholder')}
              value={userId}
              options={users.map((u) => ({ value: u.id, label: u.name }))}
              onChange={(v: string | undefined) => setUserId(v)}
            />
            {page ? <Typography.Text type="secondary">{t('audit.total', { count: page.totalCount })}</Typography.Text> : null}
          </Flex>
          {loading && !data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : rows.length === 0 ? (
            <Empty description={t('audit.empty')} />
          ) : (
            <Table
              rowKey="id"
              size="middle"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={rows}
              columns={[
                { title: t('audit.at'), dataIndex: 'at', width: 160, render: (v: string) => formatBusinessTime(v) },
                { title: t('audit.user'), key: 'user', width: 100, render: (_, r) => r.user?.name ?? '—' },
                { title: t('audit.kind'), dataIndex: 'kind', width: 180, render: kindLabel },
                {
                  title: t('audit.format'),
                  dataIndex: 'format',
                  width: 80,
                  render: (v: string) => <Tag>{v === 'PDF' ? 'PDF' : 'Excel'}</Tag>,
                },
                {
                  title: t('audit.filter'),
                  dataIndex: 'filter',
                  render: (v: unknown) => <Typography.Text>{describeFilter(v, t('audit.noFilter'))}</Typography.Text>,
                },
                { title: t('audit.rows'), dataIndex: 'rowCount', width: 90, align: 'right' },
                {
                  title: t('audit.status'),
                  dataIndex: 'completed',
                  width: 100,
                  render: (v: boolean) => (v ? <Tag color="green">{t('audit.completed')}</Tag> : <Tag>{t('audit.pending')}</Tag>),
                },
              ]}
            />
          )}
          {page?.pageInfo.hasNextPage ? (
            <Button
              loading={loading}
              onClick={() =>
                void fetchMore({
                  variables: { ...variables, after: page.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    exportAudit: {
                      ...fetchMoreResult.exportAudit,
                      edges: [...prev.exportAudit.edges, ...fetchMoreResult.exportAudit.edges],
                    },
                  }),
                })
              }
            >
              {t('audit.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </Flex>
  );
}
