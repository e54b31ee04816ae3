'use client';

import { roleCan } from '@kehu/domain/permissions';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useRouter } from 'next/navigation';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, DatePicker, Empty, Flex, Input, Select, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { ContractFilter, ContractStatus } from '@/gql/schema';
import { formatDate, formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { ContractFormModal } from './ContractFormModal';
import { CONTRACT_FORM_MESSAGES } from './formMessages';
import { CONTRACT_STATUS_COLOR, LABELS } from '@/features/deals/common/labels';
import { ListSkeleton, LoadError, PageTitle } from '@/features/deals/common/ui';
import { PagerButtons, usePager } from '@/features/deals/common/pager';
import { ExportButton } from '@/features/exports/ExportButton';
import { useUrlState } from '@/features/deals/common/useUrlState';
import { useViewer } from '@/features/deals/common/useViewer';
import { CONTRACT_MESSAGES } from './messages';
import { ContractCustomerOptionsQuery, ContractOwnersQuery, ContractsListQuery } from './queries';

const PAGE_SIZE = 20;
const STATUSES: ContractStatus[] = ['DRAFT', 'PENDING', 'APPROVED', 'SIGNED', 'COMPLETED', 'TERMINATED'];

/** 合同 list: filters in the URL, cursor paging, and 我的审批 (contracts waiting for the signed-in reviewer). */
export function ContractsView() {
  const m = useFeatureT(CONTRACT_MESSAGES);
  const labels = useFeatureT(LABELS);
  const url = useUrlState();
  const viewer = useViewer();
  const fm = useFeatureT(CONTRACT_FORM_MESSAGES);
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const isReviewer = roleCan(viewer?.role, 'contract.approve');
  const tab = url.get('tab') === 'approvals' ? 'approvals' : 'all';

  const q = url.get('q') ?? '';
  const statuses = url.getAll('status') as ContractStatus[];
  const owners = url.getAll('owner');
  const customerId = url.get('customer');
  const customerName = url.get('cname');
  const from = url.get('from');
  const to = url.get('to');
  const pager = usePager(url);
  const after = pager.after;
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  const [customerSearch, setCustomerSearch] = useState('');

  const filter: ContractFilter = useMemo(
    () =>
      tab === 'approvals'
        ? { awaitingMyApproval: true }
        : {
            search: q || undefined,
            statuses: statuses.length ? statuses : undefined,
            ownerIds: owners.length ? owners : undefined,
            customerId: customerId || undefined,
            signedFrom: from || undefined,
            signedTo: to || undefined,
          },
    // url.key changes with every parameter
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [url.key],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ContractsListQuery, {
    variables: { filter, first: PAGE_SIZE, after: after ?? null, orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const approvalsCount = useQuery(ContractsListQuery, {
    variables: { filter: { awaitingMyApproval: true }, first: 1 },
    skip: !isReviewer,
    fetchPolicy: 'cache-and-network',
  }).data?.contracts.totalCount;
  const ownersData = useQuery(ContractOwnersQuery, { skip: !isReviewer }).data;
  const customerOptions = useQuery(ContractCustomerOptionsQuery, {
    variables: { search: customerSearch || null },
    skip: tab === 'approvals',
  }).data;

  const setFilter = (patch: Record<string, string | string[] | null>) => {
    pager.reset();
    url.set({ ...patch, after: null });
  };

  const shown = data ?? previousData;
  const connection = shown?.contracts;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = tab === 'all' && !!(q || statuses.length || owners.length || customerId || from || to);

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: m('number'),
      dataIndex: 'number',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link href={`/contracts/${c.id}`}>{c.number}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.title}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: m('customer'), key: 'customer', render: (_, c) => <Link href={`/customers/${c.customer.id}`}>{c.customer.name}</Link> },
    { title: m('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
    {
      title: m('status'),
      dataIndex: 'status',
      render: (s: ContractStatus, c) => (
        <Flex gap={4} wrap>
          <Tag color={CONTRACT_STATUS_COLOR[s]}>{labels(`contractStatus.${s}`)}</Tag>
          {c.kind === 'SUPPLEMENTARY' ? <Tag>{labels('contractKind.SUPPLEMENTARY')}</Tag> : null}
        </Flex>
      ),
    },
    { title: m('owner'), key: 'owner', responsive: ['md'], render: (_, c) => c.owner.name },
    { title: m('signedAt'), dataIndex: 'signedAt', responsive: ['sm'], render: (v: string | null) => formatDate(v) },
    { title: m('endDate'), dataIndex: 'endDate', responsive: ['lg'], render: (v: string | null) => formatDate(v) },
  ];

  const filters =
    tab === 'all' ? (
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={m('search')}
            aria-label={m('search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter({ q: v.trim() || null })}
            style={{ flex: '1 1 240px', maxWidth: 320 }}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={m('status')}
            aria-label={m('status')}
            value={statuses}
            onChange={(v) => setFilter({ status: v })}
            options={STATUSES.map((s) => ({ value: s, label: labels(`contractStatus.${s}`) }))}
            style={{ minWidth: 160 }}
          />
          {isReviewer ? (
            <Select
              mode="multiple"
              allowClear
              placeholder={m('owner')}
              aria-label={m('owner')}
              value={owners}
              onChange={(v) => setFilter({ owner: v })}
              optionFilterProp="label"
              options={ownersData?.users.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
              style={{ minWidth: 160 }}
            />
          ) : null}
          <Select
            showSearch={{ filterOption: false, onSearch: setCustomerSearch }}
            allowClear
            placeholder={m('customer')}
            aria-label={m('customer')}
            value={customerId ?? undefined}
            onChange={(v, option) =>
              setFilter({ customer: v ?? null, cname: v ? String((option as { label?: string } | undefined)?.label ?? '') : null })
            }
            options={[
              ...(customerId && !customerOptions?.customers.edges.some((e) => e.node.id === customerId)
                ? [{ value: customerId, label: customerName ?? customerId }]
                : []),
              ...(customerOptions?.customers.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []),
            ]}
            style={{ minWidth: 200 }}
          />
          <DatePicker.RangePicker
            aria-label={m('signedRange')}
            placeholder={[m('signedRange'), m('signedRange')]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            allowEmpty={[true, true]}
            onChange={(range) =>
              setFilter({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })
            }
          />
          {filtered ? (
            <Button onClick={() => setFilter({ q: null, status: null, owner: null, customer: null, cname: null, from: null, to: null })}>
              {m('clear')}
            </Button>
          ) : null}
        </Flex>
      </Card>
    ) : (
      <Typography.Paragraph type="secondary">{m('myApprovalsHint')}</Typography.Paragraph>
    );

  return (
    <div>
      <PageTitle
        title={m('title')}
        extra={
          <>
            {roleCan(viewer?.role, 'deal.edit') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {fm('create')}
              </Button>
            ) : null}
            <ExportButton kind="CONTRACTS" filter={filter} />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch().catch(() => undefined)}>
              {m('retry')}
            </Button>
          </>
        }
      />
      {isReviewer ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            pager.reset();
            url.set({ tab: k === 'approvals' ? 'approvals' : null, after: null });
          }}
          items={[
            { key: 'all', label: m('all') },
            {
              key: 'approvals',
              label: (
                <Flex gap={6} align="center">
                  {m('myApprovals')}
                  <Badge count={approvalsCount ?? 0} size="small" />
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
      {filters}
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="contracts-loading" />
      ) : (
        <Card size="small">
          <Typography.Text type="secondary">{m('total', { n: connection?.totalCount ?? 0 })}</Typography.Text>
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 8 }}
            locale={{
              emptyText: <Empty description={tab === 'approvals' ? m('emptyApprovals') : filtered ? m('emptyFiltered') : m('emptyHint')} />,
            }}
            data-testid="contracts-table"
          />
          <PagerButtons
            labels={{ first: m('first'), prev: m('prev'), next: m('next') }}
            pager={pager}
            hasNext={!!connection?.pageInfo.hasNextPage}
            endCursor={connection?.pageInfo.endCursor}
          />
        </Card>
      )}
      {creating ? <ContractFormModal open onClose={() => setCreating(false)} onSaved={(id) => router.push(`/contracts/${id}`)} /> : null}
    </div>
  );
}
