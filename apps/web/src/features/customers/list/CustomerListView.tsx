'use client';

import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DeleteOutlined, MergeCellsOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid, Result, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { CustomerListQuery as CustomerListData } from '@/gql/graphql';
import type { CustomerOrderField } from '@/gql/schema';
import { ExportButton } from '@/features/exports/ExportButton';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useCustomFieldDefs } from '../customFields/useCustomFieldDefs';
import { useCustomFieldT } from '../customFields/messages';
import { customValueText } from '../customFields/display';
import { formatDateTime } from '../format';
import {
  activeFilterCount,
  DEFAULT_PAGE_SIZE,
  nextPage,
  PAGE_SIZES,
  pageNumber,
  parseListState,
  previousPage,
  toFilter,
  toQueryString,
  toVariables,
  withFilters,
  type ListState,
} from '../listState';
import { can } from '../permissions';
import { EmptyHint } from '../ui';
import { useCurrentUser } from '../useCurrentUser';
import { useCustomerT } from '../useCustomerT';
import { ActivityTag } from '@/features/health/ActivityTag';
import { LifecycleTag } from '@/features/health/LifecycleTag';
import { fieldLabel } from '@kehu/domain/labels';
import { useHealthT } from '@/features/health/useHealthT';
import { useLocale } from '@/i18n/I18nProvider';
import { FileSearch } from '@/features/files/FileSearch';
import { CustomerCards } from './CustomerCards';
import { CustomerFilters } from './CustomerFilters';
import { CustomerListOptionsQuery, CustomerListQuery } from './queries';
import { SavedViews } from './SavedViews';

// Loaded when needed: the bulk bar once rows are ticked, the drawer once "新建客户" is clicked.
const BulkActions = dynamic(() => import('./BulkActions').then((m) => m.BulkActions), { ssr: false });
const CreateCustomerDrawer = dynamic(() => import('../create/CreateCustomerDrawer').then((m) => m.CreateCustomerDrawer), { ssr: false });

type Row = CustomerListData['customers']['edges'][number]['node'];
const GRADE_COLOR: Record<string, string> = { VIP: 'gold', IMPORTANT: 'volcano', NORMAL: 'blue', POTENTIAL: 'default' };
const SORT_COLUMNS: Record<string, CustomerOrderField> = {
  name: 'NAME',
  grade: 'GRADE',
  lastFollowUpAt: 'LAST_FOLLOW_UP_AT',
  nextFollowUpAt: 'NEXT_FOLLOW_UP_AT',
  createdAt: 'CREATED_AT',
};

/** 客户 list: filters, search, sort and page all live in the URL, so any list can be bookmarked and shared. */
export function CustomerListView() {
  const t = useCustomerT();
  const ht = useHealthT();
  const [locale] = useLocale();
  const cf = useCustomFieldT();
  const errorText = useApiErrorText();
  const router = useRouter();
  const params = useSearchParams();
  const user = useCurrentUser();
  const search = params.toString();
  const state = useMemo(() => parseListState(new URLSearchParams(search)), [search]);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<Row[]>([]);
  // A phone gets cards instead of the table (below antd's md breakpoint, 768 px).
  const phone = Grid.useBreakpoint().md === false;
  const { defs } = useCustomFieldDefs();
  const customColumns = useMemo(() => defs.filter((d) => state.cols.includes(d.key)), [defs, state.cols]);

  const { data, previousData, error, networkStatus, refetch } = useQuery(CustomerListQuery, {
    variables: toVariables(state),
    notifyOnNetworkStatusChange: true,
  });
  const { data: options } = useQuery(CustomerListOptionsQuery);
  const shown = data ?? previousData;
  const users = useMemo(() => options?.users.edges.map((e) => e.node) ?? [], [options]);
  const tags = options?.tags ?? [];

  const go = (next: ListState) => {
    setSelected([]);
    router.push(`/customers${toQueryString(next)}`, { scroll: false });
  };
  const change = (c: Partial<ListState>) => go(withFilters(state, c));

  const onTableChange: TableProps<Row>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? SORT_COLUMNS[String(s.columnKey)] : undefined;
    change({ sort: field, dir: field ? (s.order === 'ascend' ? 'ASC' : 'DESC') : undefined });
  };
  const sortOrder = (key: keyof typeof SORT_COLUMNS) =>
    state.sort === SORT_COLUMNS[key] ? (state.dir === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;

  if (error && !shown) {
    return (
      <Card>
        <Result
          status="error"
          title={t('list.loadFailed')}
          subTitle={errorText(error)}
          extra={<Button onClick={() => void refetch().catch(() => undefined)}>{t('list.retry')}</Button>}
        />
      </Card>
    );
  }

  const rows = shown?.customers.edges.map((e) => e.node) ?? [];
  const pageInfo = shown?.customers.pageInfo;
  const filtered = activeFilterCount(state) > 0;
  const loading = networkStatus !== NetworkStatus.ready && networkStatus !== NetworkStatus.error;
  const emptyText = shown ? <EmptyHint>{filtered ? t('list.emptyFiltered') : t('list.empty')}</EmptyHint> : <span />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('list.title')}
          </Typography.Title>
          {shown ? (
            <Typography.Text type="secondary" data-testid="customer-total">
              {t('list.total', { count: shown.customers.totalCount })}
            </Typography.Text>
          ) : null}
        </Flex>
        <Flex gap={8} wrap>
          <SavedViews userId={user?.id} search={search} onOpen={(q) => go(parseListState(new URLSearchParams(q)))} />
          {can(user?.role, 'customer.merge') ? (
            <Link href="/customers/merge">
              <Button icon={<MergeCellsOutlined />}>{t('list.merge')}</Button>
            </Link>
          ) : null}
          {can(user?.role, 'customer.recycleBin') ? (
            <Link href="/customers/recycle-bin">
              <Button icon={<DeleteOutlined />}>{t('list.recycleBin')}</Button>
            </Link>
          ) : null}
          <FileSearch />
          <ExportButton kind="CUSTOMERS" filter={toFilter(state)} />
          {can(user?.role, 'customer.import') ? (
            <Link href="/customers/import">
              <Button icon={<UploadOutlined />}>{t('list.import')}</Button>
            </Link>
          ) : null}
          {can(user?.role, 'customer.create') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('list.newCustomer')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <Card>
        <Flex vertical gap={12}>
          <CustomerFilters state={state} options={{ tags, users }} role={user?.role} customFields={defs} onChange={change} />
          {defs.length ? (
            <Flex justify="flex-end">
              <Select
                mode="multiple"
                allowClear
                maxTagCount="responsive"
                aria-label={cf('columns')}
                placeholder={cf('columns')}
                value={state.cols}
                onChange={(cols) => go({ ...state, cols })}
                options={defs.map((d) => ({ value: d.key, label: d.label }))}
                style={{ minWidth: 220, maxWidth: '100%' }}
              />
            </Flex>
          ) : null}
          {selected.length ? (
            <BulkActions
              selected={selected}
              role={user?.role}
              userId={user?.id}
              tags={tags}
              users={users}
              onDone={() => {
                setSelected([]);
                void refetch();
              }}
              onClear={() => setSelected([])}
            />
          ) : null}
          {phone ? (
            <CustomerCards rows={rows} gradeColor={GRADE_COLOR} columns={customColumns} empty={loading ? null : emptyText} />
          ) : (
            <Table<Row>
              rowKey="id"
              data-testid="customer-table"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 980 + 140 * customColumns.length }}
              onChange={onTableChange}
              rowSelection={{ selectedRowKeys: selected.map((r) => r.id), onChange: (_keys, picked) => setSelected(picked) }}
              locale={{ emptyText }}
              columns={[
                {
                  key: 'name',
                  title: t('fields.name'),
                  sorter: true,
                  sortOrder: sortOrder('name'),
                  fixed: 'left',
                  width: 240,
                  render: (_, c) => (
                    <Flex vertical>
                      <Link href={`/customers/${c.id}`}>{c.name}</Link>
                      <Typography.Text type="secondary" data-testid="customer-row-number">
                        {c.number}
                      </Typography.Text>
                      {c.status === 'DEACTIVATED' ? (
                        <Typography.Text type="secondary">{t('enums.status.DEACTIVATED')}</Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
                { key: 'type', title: t('fields.type'), width: 80, render: (_, c) => t(`enums.type.${c.type}`) },
                {
                  key: 'grade',
                  title: t('fields.grade'),
                  width: 90,
                  sorter: true,
                  sortOrder: sortOrder('grade'),
                  render: (_, c) => <Tag color={GRADE_COLOR[c.grade]}>{t(`enums.grade.${c.grade}`)}</Tag>,
                },
                { key: 'activity', title: ht('activity'), width: 80, render: (_, c) => <ActivityTag activity={c.activity} /> },
                {
                  key: 'lifecycle',
                  title: fieldLabel('customer.lifecycle', locale),
                  width: 90,
                  render: (_, c) => <LifecycleTag lifecycle={c.lifecycle} />,
                },
                {
                  key: 'contact',
                  title: t('fields.primaryContact'),
                  width: 170,
                  render: (_, c) =>
                    c.primaryContact ? (
                      <Flex vertical>
                        <span>{c.primaryContact.name}</span>
                        <Typography.Text type="secondary">{c.primaryContact.mobile ?? c.primaryContact.phone ?? ''}</Typography.Text>
                      </Flex>
                    ) : (
                      '—'
                    ),
                },
                { key: 'industry', title: t('fields.industry'), width: 100, render: (_, c) => c.industry ?? '—' },
                {
                  key: 'region',
                  title: t('fields.region'),
                  width: 130,
                  render: (_, c) => [c.province, c.city].filter(Boolean).join(' ') || '—',
                },
                { key: 'owner', title: t('fields.owner'), width: 90, render: (_, c) => c.owner?.name ?? <Tag>{t('list.pool')}</Tag> },
                {
                  key: 'tags',
                  title: t('fields.tags'),
                  width: 180,
                  render: (_, c) =>
                    c.tags.map((x) => (
                      <Tag key={x.id} color={x.color ?? undefined}>
                        {x.name}
                      </Tag>
                    )),
                },
                ...customColumns.map((d) => ({
                  key: `cf.${d.key}`,
                  title: d.label,
                  width: 140,
                  render: (_: unknown, c: Row) => customValueText(c.customFields?.[d.key]),
                })),
                {
                  key: 'lastFollowUpAt',
                  title: t('fields.lastFollowUpAt'),
                  width: 150,
                  sorter: true,
                  sortOrder: sortOrder('lastFollowUpAt'),
                  render: (_, c) => (c.lastFollowUpAt ? formatDateTime(c.lastFollowUpAt) : t('list.never')),
                },
                {
                  key: 'nextFollowUpAt',
                  title: t('fields.nextFollowUpAt'),
                  width: 150,
                  sorter: true,
                  sortOrder: sortOrder('nextFollowUpAt'),
                  render: (_, c) => formatDateTime(c.nextFollowUpAt),
                },
                {
                  key: 'createdAt',
                  title: t('fields.createdAt'),
                  width: 150,
                  sorter: true,
                  sortOrder: sortOrder('createdAt'),
                  render: (_, c) => formatDateTime(c.createdAt),
                },
              ]}
            />
          )}
          <Flex justify="flex-end" align="center" gap={8} wrap>
            <Typography.Text type="secondary">{t('list.page', { page: pageNumber(state) })}</Typography.Text>
            <Button disabled={!state.after} onClick={() => go(previousPage(state))}>
              {t('list.prev')}
            </Button>
            <Button
              disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor}
              onClick={() => pageInfo?.endCursor && go(nextPage(state, pageInfo.endCursor))}
            >
              {t('list.next')}
            </Button>
            <Select
              aria-label={t('list.pageSize', { size: state.size ?? DEFAULT_PAGE_SIZE })}
              value={state.size ?? DEFAULT_PAGE_SIZE}
              onChange={(size) => change({ size })}
              options={PAGE_SIZES.map((s) => ({ value: s, label: t('list.pageSize', { size: s }) }))}
              style={{ width: 120 }}
            />
          </Flex>
        </Flex>
      </Card>
      {creating ? (
        <CreateCustomerDrawer
          open={creating}
          tags={tags}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            router.push(`/customers/${id}`);
          }}
        />
      ) : null}
    </Flex>
  );
}
