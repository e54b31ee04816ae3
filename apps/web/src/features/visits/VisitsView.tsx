'use client';

import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Segmented, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { enumLabel } from '@kehu/domain/dist/labels';
import { useLocale } from '@/i18n/I18nProvider';
import { formatDateTime } from '@/features/deals/common/format';
import { fmt, useMessages } from '@/features/deals/common/i18n';
import { LoadError, PageTitle } from '@/features/deals/common/ui';
import { useViewer } from '@/features/deals/common/useViewer';
import { VisitOwnersQuery, VisitsPageQuery } from './documents';
import { VISIT_MESSAGES } from './messages';
import { PlanVisitModal } from './PlanVisitModal';
import { RecordVisitModal, type RecordableVisit } from './RecordVisitModal';
import { visitStatus, VISIT_STATUS_COLOR, type VisitStatus } from './visitStatus';

type Scope = 'mine' | 'all';
type StatusFilter = VisitStatus | 'ALL';
/** How many customers' visits the page reads (the API lists visits per customer only). */
const CUSTOMERS = 100;

interface Row {
  id: string;
  version: number;
  topic: string;
  type: string;
  plannedAt: string;
  actualAt: string | null;
  recorded: boolean;
  satisfaction: string | null;
  owner: { id: string; name: string };
  customer: { id: string; name: string };
  status: VisitStatus;
}

/** 回访: planned, due, overdue and done return visits, mine or by owner, with 计划回访 and 记录回访 (like 任务). */
export function VisitsView() {
  const m = useMessages(VISIT_MESSAGES);
  const [locale] = useLocale();
  const viewer = useViewer();
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [ownerId, setOwnerId] = useState<string | undefined>();
  const [planning, setPlanning] = useState(false);
  const [recording, setRecording] = useState<RecordableVisit | null>(null);
  const owners = useQuery(VisitOwnersQuery, { skip: scope === 'mine' });
  const { data, loading, error, refetch } = useQuery(VisitsPageQuery, { variables: { filter: null, first: CUSTOMERS } });

  const ownerFilter = scope === 'mine' ? viewer?.id : ownerId;
  const rows = useMemo<Row[]>(() => {
    const all = (data?.customers.edges ?? []).flatMap((e) =>
      e.node.visits.map((v) => ({ ...v, customer: { id: e.node.id, name: e.node.name }, status: visitStatus(v) })),
    );
    return all
      .filter((v) => !ownerFilter || v.owner.id === ownerFilter)
      .filter((v) => status === 'ALL' || v.status === status)
      .sort((a, b) => (a.recorded === b.recorded ? a.plannedAt.localeCompare(b.plannedAt) * (a.recorded ? -1 : 1) : a.recorded ? 1 : -1));
  }, [data, ownerFilter, status]);
  const partial = (data?.customers.totalCount ?? 0) > CUSTOMERS;

  const columns: ColumnsType<Row> = [
    { key: 'topic', title: m.columns.topic, render: (_, r) => <Typography.Text strong>{r.topic}</Typography.Text> },
    { key: 'customer', title: m.columns.customer, render: (_, r) => <Link href={`/customers/${r.customer.id}?tab=visits`}>{r.customer.name}</Link> },
    { key: 'type', title: m.columns.type, responsive: ['md'], render: (_, r) => enumLabel('VisitType', r.type, locale) },
    { key: 'plannedAt', title: m.columns.plannedAt, render: (_, r) => formatDateTime(r.plannedAt) },
    { key: 'owner', title: m.columns.owner, responsive: ['sm'], render: (_, r) => r.owner.name },
    { key: 'status', title: m.columns.status, render: (_, r) => <Tag color={VISIT_STATUS_COLOR[r.status]}>{m.status[r.status]}</Tag> },
    {
      key: 'satisfaction',
      title: m.columns.satisfaction,
      responsive: ['md'],
      render: (_, r) => (r.satisfaction ? `${enumLabel('Satisfaction', r.satisfaction, locale)} · ${formatDateTime(r.actualAt)}` : '—'),
    },
    {
      key: 'actions',
      title: m.columns.actions,
      render: (_, r) =>
        r.recorded ? null : (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<CheckOutlined />}
            onClick={() => setRecording({ id: r.id, version: r.version, topic: r.topic, type: r.type as RecordableVisit['type'], customerId: r.customer.id })}
          >
            {m.record}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={
          <Flex align="baseline" gap={12}>
            <span>{m.title}</span>
            {data ? <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 'normal' }}>{fmt(m.total, { count: rows.length })}</Typography.Text> : null}
          </Flex>
        }
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
            {m.plan}
          </Button>
        }
      />
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: m.scope.mine },
              { value: 'all', label: m.scope.all },
            ]}
          />
          {scope === 'all' ? (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={ownerId}
              onChange={setOwnerId}
              placeholder={m.ownerFilter}
              aria-label={m.ownerFilter}
              style={{ width: 160 }}
              options={(owners.data?.users.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
            />
          ) : null}
          <Segmented<StatusFilter>
            value={status}
            onChange={setStatus}
            options={(['ALL', 'PLANNED', 'DUE', 'OVERDUE', 'DONE'] as const).map((s) => ({ value: s, label: m.statusFilter[s] }))}
          />
        </Flex>
      </Card>
      {partial ? <Alert type="info" showIcon title={fmt(m.partial, { n: CUSTOMERS })} /> : null}
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
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: loading ? ' ' : <Empty description={<Flex vertical gap={4}><span>{m.empty}</span><Typography.Text type="secondary">{m.emptyHint}</Typography.Text></Flex>} />,
            }}
          />
        </Card>
      )}
      <PlanVisitModal open={planning} onClose={() => setPlanning(false)} onSaved={() => void refetch().catch(() => undefined)} />
      <RecordVisitModal visit={recording} onClose={() => setRecording(null)} onSaved={() => void refetch().catch(() => undefined)} />
    </Flex>
  );
}
