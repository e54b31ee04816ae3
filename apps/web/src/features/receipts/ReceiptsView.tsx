'use client';

import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Flex, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import Link from 'next/link';
import { useMemo } from 'react';
import type { PaymentPlanStatus, ReceiptMethod } from '@/gql/schema';
import { formatDate, formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, PLAN_STATUS_COLOR } from '@/features/deals/common/labels';
import { addMoney } from '@/features/deals/common/money';
import { ListSkeleton, LoadError, PageTitle } from '@/features/deals/common/ui';
import { ExportButton } from '@/features/exports/ExportButton';
import { PagerButtons, usePager } from '@/features/deals/common/pager';
import { useUrlState } from '@/features/deals/common/useUrlState';
import { useViewer } from '@/features/deals/common/useViewer';
import { DeleteReceiptButton } from './DeleteReceiptButton';
import { RECEIPT_MESSAGES } from './messages';
import { PaymentPlansDueQuery, ReceiptsListQuery } from './queries';

const PAGE_SIZE = 20;
const METHODS: ReceiptMethod[] = ['BANK_TRANSFER', 'ALIPAY', 'WECHAT_PAY', 'CASH', 'CHEQUE', 'OTHER'];
const OPEN_PLAN_STATUSES: PaymentPlanStatus[] = ['OVERDUE', 'PENDING', 'PARTLY_PAID'];
const PLAN_STATUSES: PaymentPlanStatus[] = ['OVERDUE', 'PENDING', 'PARTLY_PAID', 'PAID'];

function ReceiptsTab() {
  const m = useFeatureT(RECEIPT_MESSAGES);
  const labels = useFeatureT(LABELS);
  const url = useUrlState();
  const pager = usePager(url, 'after');
  const from = url.get('from');
  const to = url.get('to');
  const methods = url.getAll('method') as ReceiptMethod[];
  const filter = useMemo(
    () => ({ from: from || undefined, to: to || undefined, methods: methods.length ? methods : undefined }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [from, to, methods.join(',')],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ReceiptsListQuery, {
    variables: { filter, first: PAGE_SIZE, after: pager.after ?? null, orderBy: { field: 'DATE', direction: 'DESC' } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.receipts.edges.map((e) => e.node) ?? [];
  const filtered = !!(from || to || methods.length);
  const setFilter = (patch: Record<string, string | string[] | null>) => {
    pager.reset();
    url.set({ ...patch, after: null });
  };

  const viewer = useViewer();
  const canDelete = !!viewer && viewer.role !== 'SERVICE';
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: m('receivedDate'), dataIndex: 'receivedDate', render: (v: string) => formatDate(v) },
    { title: m('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => <strong>{formatMoney(v)}</strong> },
    { title: m('method'), dataIndex: 'method', render: (v: ReceiptMethod) => labels(`receiptMethod.${v}`) },
    {
      title: m('contract'),
      key: 'contract',
      render: (_, r) => <Link href={`/contracts/${r.contract.id}`}>{r.contract.number}</Link>,
    },
    {
      title: m('customer'),
      key: 'customer',
      responsive: ['sm'],
      render: (_, r) => <Link href={`/customers/${r.contract.customer.id}`}>{r.contract.customer.name}</Link>,
    },
    { title: m('recordedBy'), key: 'by', responsive: ['lg'], render: (_, r) => r.recordedBy?.name ?? '—' },
    { title: m('remark'), dataIndex: 'remark', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    // payment.record (not SERVICE); the API checks the customer's scope again.
    ...(canDelete
      ? [
          {
            title: m('actions'),
            key: 'actions',
            render: (_: unknown, r: (typeof rows)[number]) => (
              <DeleteReceiptButton receipt={r} contractNumber={r.contract.number} onDeleted={() => refetch().catch(() => undefined)} />
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <DatePicker.RangePicker
            aria-label={m('range')}
            placeholder={[m('range'), m('range')]}
            allowEmpty={[true, true]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(r) => setFilter({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={m('method')}
            aria-label={m('method')}
            value={methods}
            onChange={(v) => setFilter({ method: v })}
            options={METHODS.map((x) => ({ value: x, label: labels(`receiptMethod.${x}`) }))}
            style={{ minWidth: 180 }}
          />
          {filtered ? <Button onClick={() => setFilter({ from: null, to: null, method: null })}>{m('clear')}</Button> : null}
          <ExportButton kind="RECEIPTS" filter={filter} />
          <Button icon={<ReloadOutlined />} onClick={() => void refetch().catch(() => undefined)}>
            {m('retry')}
          </Button>
        </Flex>
      </Card>
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="receipts-loading" />
      ) : (
        <Card size="small">
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">{m('total', { n: shown.receipts.totalCount })}</Typography.Text>
            <Typography.Text strong data-testid="receipts-page-sum">
              {m('pageSum', { sum: formatMoney(addMoney(rows.map((r) => r.amount))) })}
            </Typography.Text>
          </Flex>
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 8 }}
            locale={{ emptyText: <Empty description={filtered ? m('emptyFiltered') : m('emptyHint')} /> }}
            data-testid="receipts-table"
          />
          <PagerButtons
            labels={{ first: m('first'), prev: m('prev'), next: m('next') }}
            pager={pager}
            hasNext={shown.receipts.pageInfo.hasNextPage}
            endCursor={shown.receipts.pageInfo.endCursor}
          />
        </Card>
      )}
    </>
  );
}

function PlansTab() {
  const m = useFeatureT(RECEIPT_MESSAGES);
  const labels = useFeatureT(LABELS);
  const url = useUrlState();
  const pager = usePager(url, 'pafter');
  const chosen = url.getAll('pstatus') as PaymentPlanStatus[];
  const statuses = chosen.length ? chosen : OPEN_PLAN_STATUSES;
  const dueBy = url.get('due');
  const filter = useMemo(
    () => ({ statuses, to: dueBy || undefined }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [statuses.join(','), dueBy],
  );
  const { data, previousData, loading, error, refetch } = useQuery(PaymentPlansDueQuery, {
    variables: { filter, first: PAGE_SIZE, after: pager.after ?? null, orderBy: { field: 'DATE', direction: 'ASC' } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const rows = shown?.paymentPlans.edges.map((e) => e.node) ?? [];
  const setFilter = (patch: Record<string, string | string[] | null>) => {
    pager.reset();
    url.set({ ...patch, pafter: null });
  };

  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: m('dueDate'), dataIndex: 'dueDate', render: (v: string) => formatDate(v) },
    {
      title: m('status'),
      dataIndex: 'status',
      render: (s: PaymentPlanStatus, p) => (
        <Flex gap={4} wrap>
          <Tag color={PLAN_STATUS_COLOR[s]}>{labels(`planStatus.${s}`)}</Tag>
          {p.overdueDays > 0 ? <Typography.Text type="danger">{m('overdueDays', { n: p.overdueDays })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: m('planAmount'), dataIndex: 'amount', align: 'right', responsive: ['sm'], render: (v: string) => formatMoney(v) },
    { title: m('received'), dataIndex: 'receivedAmount', align: 'right', responsive: ['md'], render: (v: string) => formatMoney(v) },
    { title: m('outstanding'), dataIndex: 'outstandingAmount', align: 'right', render: (v: string) => <strong>{formatMoney(v)}</strong> },
    { title: m('contract'), key: 'contract', render: (_, p) => <Link href={`/contracts/${p.contract.id}`}>{p.contract.number}</Link> },
    {
      title: m('customer'),
      key: 'customer',
      responsive: ['sm'],
      render: (_, p) => <Link href={`/customers/${p.contract.customer.id}`}>{p.contract.customer.name}</Link>,
    },
  ];

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select
            mode="multiple"
            placeholder={m('planFilter')}
            aria-label={m('planFilter')}
            value={statuses}
            onChange={(v) => setFilter({ pstatus: v })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: labels(`planStatus.${s}`) }))}
            style={{ minWidth: 220 }}
          />
          <DatePicker
            placeholder={m('dueBy')}
            aria-label={m('dueBy')}
            value={dueBy ? dayjs(dueBy) : null}
            onChange={(d) => setFilter({ due: d ? d.format('YYYY-MM-DD') : null })}
          />
          <Button icon={<ReloadOutlined />} onClick={() => void refetch().catch(() => undefined)}>
            {m('retry')}
          </Button>
        </Flex>
      </Card>
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="plans-loading" />
      ) : (
        <Card size="small">
          <Flex gap={16} wrap>
            <Typography.Text type="secondary">{m('plansTotal', { n: shown.paymentPlans.totalCount })}</Typography.Text>
            <Typography.Text strong>
              {m('plansOutstanding', { sum: formatMoney(addMoney(rows.map((r) => r.outstandingAmount))) })}
            </Typography.Text>
          </Flex>
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 8 }}
            locale={{ emptyText: <Empty description={m('plansEmpty')} /> }}
            data-testid="plans-table"
          />
          <PagerButtons
            labels={{ first: m('first'), prev: m('prev'), next: m('next') }}
            pager={pager}
            hasNext={shown.paymentPlans.pageInfo.hasNextPage}
            endCursor={shown.paymentPlans.pageInfo.endCursor}
          />
        </Card>
      )}
    </>
  );
}

/** 回款: the receipts list with totals, and payment plans that are due or overdue. */
export function ReceiptsView() {
  const m = useFeatureT(RECEIPT_MESSAGES);
  const url = useUrlState();
  const tab = url.get('tab') === 'plans' ? 'plans' : 'receipts';
  return (
    <div>
      <PageTitle title={m('title')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => url.set({ tab: k === 'plans' ? 'plans' : null })}
        items={[
          { key: 'receipts', label: m('receiptsTab'), children: tab === 'receipts' ? <ReceiptsTab /> : null },
          { key: 'plans', label: m('plansTab'), children: tab === 'plans' ? <PlansTab /> : null },
        ]}
      />
    </div>
  );
}
