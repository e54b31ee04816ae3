'use client';

import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { enumLabel } from '@kehu/domain/labels';
import { useLocale } from '@/i18n/I18nProvider';
import { formatDateTime } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LoadError, PageTitle } from '@/features/deals/common/ui';
import { useViewer } from '@/features/deals/common/useViewer';
import { VisitOwnersQuery, VisitsPageQuery } from './documents';
import { VISIT_MESSAGES } from './messages';
import { PlanVisitModal } from './PlanVisitModal';
import { RecordVisitModal, type RecordableVisit } from './RecordVisitModal';
import { visitStatus, VISIT_STATUS_COLOR, type VisitStatus } from './visitStatus';

type Scope = 'mine' | 'all';
type StatusFilter = VisitStatus | 'ALL';
const PAGE = 50;

interface Row {
  id: string;
  version: number;
  topic: string;
  type: string;
  plannedAt: string;
  actualAt: string | null;
  recorded: boolean;
  overallScore: number | null;
  owner: { id: string; name: string };
  customer: { id: string; name: string };
  status: VisitStatus;
}

/** 回访: planned, due, overdue and done return visits, mine or by owner, with 计划回访 and 记录回访 (like 任务). */
export function VisitsView() {
  const m = useFeatureT(VISIT_MESSAGES);
  const [locale] = useLocale();
  const viewer = useViewer();
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [planning, setPlanning] = useState(false);
  const [recording, setRecording] = useState<RecordableVisit | null>(null);
  const owners = useQuery(VisitOwnersQuery, { skip: scope === 'mine' });
  const [loadingMore, setLoadingMore] = useState(false);

  // Owner and status are filtered by the API (statuses on the business calendar), earliest planned first.
  const ownerFilter = scope === 'mine' ? viewer?.id : ownerId;
  const filter = { ownerId: ownerFilter ?? null, status: status === 'ALL' ? null : [status] };
  const { data, loading, error, refetch, fetchMore } = useQuery(VisitsPageQuery, {
    variables: { filter, first: PAGE },
    skip: scope === 'mine' && !viewer,
  });
  const rows = useMemo<Row[]>(() => (data?.visits.edges ?? []).map((e) => ({ ...e.node, status: visitStatus(e.node) })), [data]);

  async function loadMore() {
    const after = data?.visits.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          visits: { ...fetchMoreResult.visits, edges: [...prev.visits.edges, ...fetchMoreResult.visits.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: ColumnsType<Row> = [
    { key: 'topic', title: m('columns.topic'), render: (_, r) => <Typography.Text strong>{r.topic}</Typography.Text> },
    {
      key: 'customer',
      title: m('columns.customer'),
      render: (_, r) => <Link href={`/customers/${r.customer.id}?tab=visits`}>{r.customer.name}</Link>,
    },
    { key: 'type', title: m('columns.type'), responsive: ['md'], render: (_, r) => enumLabel('VisitType', r.type, locale) },
    { key: 'plannedAt', title: m('columns.plannedAt'), render: (_, r) => formatDateTime(r.plannedAt) },
    { key: 'owner', title: m('columns.owner'), responsive: ['sm'], render: (_, r) => r.owner.name },
    {
      key: 'status',
      title: m('columns.status'),
      render: (_, r) => <Tag color={VISIT_STATUS_COLOR[r.status]}>{m(`status.${r.status}`)}</Tag>,
    },
    {
      key: 'satisfaction',
      title: m('columns.satisfaction'),
      responsive: ['md'],
      render: (_, r) =>
        r.overallScore === null
          ? '—'
          : `${m('points', { score: r.overallScore })} · ${m(`scoreWords.${r.overallScore - 1}`)} · ${formatDateTime(r.actualAt)}`,
    },
    {
      key: 'actions',
      title: m('columns.actions'),
      render: (_, r) =>
        r.recorded ? null : (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<CheckOutlined />}
            onClick={() =>
              setRecording({
                id: r.id,
                version: r.version,
                topic: r.topic,
                type: r.type as RecordableVisit['type'],
                customerId: r.customer.id,
              })
            }
          >
            {m('record')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={
          <Flex align="baseline" gap={12}>
            <span>{m('title')}</span>
            {data ? (
              <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>
                {m('total', { count: data.visits.totalCount })}
              </Typography.Text>
            ) : null}
          </Flex>
        }
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
            {m('plan')}
          </Button>
        }
      />
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: m('scope.mine') },
              { value: 'all', label: m('scope.all') },
            ]}
          />
          {scope === 'all' ? (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={ownerId}
              onChange={setOwnerId}
              placeholder={m('ownerFilter')}
              aria-label={m('ownerFilter')}
              style={{ width: 160 }}
              options={(owners.data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
            />
          ) : null}
          <Segmented<StatusFilter>
            value={status}
            onChange={setStatus}
            options={(['ALL', 'PLANNED', 'DUE', 'OVERDUE', 'DONE'] as const).map((s) => ({ value: s, label: m(`statusFilter.${s}`) }))}
          />
        </Flex>
      </Card>
      {error && !data ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey="id"
            data-testid="visit-table"
            columns={columns}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: loading ? (
                ' '
              ) : (
                <Empty
                  description={
                    <Flex vertical gap={4}>
                      <span>{m('empty')}</span>
                      <Typography.Text type="secondary">{m('emptyHint')}</Typography.Text>
                    </Flex>
                  }
                />
              ),
            }}
          />
          {data?.visits.pageInfo.hasNextPage ? (
            <div style={{ padding: 12 }}>
              <Button block onClick={() => void loadMore().catch(() => undefined)} loading={loadingMore}>
                {m('loadMore')}
              </Button>
            </div>
          ) : null}
        </Card>
      )}
      <PlanVisitModal open={planning} onClose={() => setPlanning(false)} onSaved={() => void refetch().catch(() => undefined)} />
      <RecordVisitModal visit={recording} onClose={() => setRecording(null)} onSaved={() => void refetch().catch(() => undefined)} />
    </Flex>
  );
}
