'use client';

import { roleCan } from '@kehu/domain/permissions';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '@/gql';
import type { CustomerFilter, CustomerGrade, CustomerOrderField } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { formatDateTime } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { ListSkeleton, LoadError, PageTitle } from '@/features/deals/common/ui';
import { PagerButtons, usePager } from '@/features/deals/common/pager';
import { useUrlState } from '@/features/deals/common/useUrlState';
import { useViewer } from '@/features/deals/common/useViewer';
import { useFeedback } from '@/lib/feedback/Feedback';
import { claimConflict } from './claimError';
import { INDUSTRIES, POOL_MESSAGES, SOURCES } from './messages';
import { ReclaimPreview } from './ReclaimPreview';

const PAGE_SIZE = 20;
const GRADES: CustomerGrade[] = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];

export const PoolCustomersQuery = graphql(`
  query PoolCustomers($filter: CustomerFilter, $first: Int, $after: String, $orderBy: CustomerOrder) {
    poolCustomers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          type
          grade
          industry
          source
          province
          city
          lastFollowUpAt
          createdAt
          tags {
            id
            name
            color
          }
          primaryContact {
            id
            name
          }
        }
      }
    }
  }
`);

export const ClaimCustomerMutation = graphql(`
  mutation ClaimCustomer($id: ID!) {
    claimCustomer(id: $id) {
      id
      inPool
      version
      type
      owner {
        id
        name
      }
    }
  }
`);

const SORTS: Record<string, { field: CustomerOrderField; direction: 'ASC' | 'DESC' }> = {
  newest: { field: 'CREATED_AT', direction: 'DESC' },
  name: { field: 'NAME', direction: 'ASC' },
  lastFollowUp: { field: 'LAST_FOLLOW_UP_AT', direction: 'ASC' },
};

/** 公海: customers nobody owns, filterable (state in the URL), with 领取 and a clear message when someone was faster. */
export function PoolView() {
  const m = useFeatureT(POOL_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message, notification } = useFeedback();
  const url = useUrlState();
  const viewer = useViewer();
  const canClaim = viewer ? roleCan(viewer.role, 'pool.claim') : true;

  const q = url.get('q') ?? '';
  const grades = url.getAll('grade') as CustomerGrade[];
  const industries = url.getAll('industry');
  const sources = url.getAll('source');
  const province = url.get('province') ?? '';
  const sort = url.get('sort') ?? 'newest';
  const pager = usePager(url);
  const after = pager.after;
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  // Cursors of the pages before this one, so 上一页 works with keyset paging.

  const filter: CustomerFilter = useMemo(
    () => ({
      search: q || undefined,
      grades: grades.length ? grades : undefined,
      industries: industries.length ? industries : undefined,
      sources: sources.length ? sources : undefined,
      province: province || undefined,
    }),
    // url.key changes whenever any parameter changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [url.key],
  );
  const { data, loading, error, refetch, previousData } = useQuery(PoolCustomersQuery, {
    variables: { filter, first: PAGE_SIZE, after: after ?? null, orderBy: SORTS[sort] ?? SORTS.newest },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [claim] = useMutation(ClaimCustomerMutation);
  const [claimingId, setClaimingId] = useState<string | null>(null);

  const setFilter = (patch: Record<string, string | string[] | null>) => {
    pager.reset();
    url.set({ ...patch, after: null });
  };

  const onClaim = async (id: string, name: string) => {
    setClaimingId(id);
    try {
      await claim({ variables: { id } });
      message.success(m('claimed', { name }));
    } catch (err) {
      const conflict = claimConflict(err);
      if (conflict) {
        notification.warning({
          key: `claim-${id}`,
          title: conflict.claimedBy ? m('conflictBy', { who: conflict.claimedBy }) : m('conflict'),
          description: m('conflictDetail', { name }),
          placement: 'top',
        });
      } else {
        message.error(apiErrorText(err, locale));
      }
    } finally {
      setClaimingId(null);
      void refetch().catch(() => undefined);
    }
  };

  const shown = data ?? previousData;
  const connection = shown?.poolCustomers;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = !!(q || grades.length || industries.length || sources.length || province);

  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: m('name'),
      dataIndex: 'name',
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link href={`/customers/${c.id}`}>{c.name}</Link>
          {c.tags.length ? (
            <Flex gap={4} wrap>
              {c.tags.map((t) => (
                <Tag key={t.id} color={t.color ?? undefined} style={{ marginInlineEnd: 0 }}>
                  {t.name}
                </Tag>
              ))}
            </Flex>
          ) : null}
        </Flex>
      ),
    },
    { title: m('grade'), dataIndex: 'grade', width: 80, render: (g: CustomerGrade) => labels(`grade.${g}`) },
    { title: m('industry'), dataIndex: 'industry', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    { title: m('source'), dataIndex: 'source', responsive: ['lg'], render: (v: string | null) => v ?? '—' },
    {
      title: m('region'),
      key: 'region',
      responsive: ['md'],
      render: (_, c) => [c.province, c.city].filter(Boolean).join(' ') || '—',
    },
    { title: m('contact'), key: 'contact', responsive: ['lg'], render: (_, c) => c.primaryContact?.name ?? '—' },
    {
      title: m('lastFollowUp'),
      dataIndex: 'lastFollowUpAt',
      responsive: ['sm'],
      render: (v: string | null) => (v ? formatDateTime(v) : <Typography.Text type="secondary">{m('never')}</Typography.Text>),
    },
    {
      title: m('actions'),
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_, c) => (
        <Button
          type="primary"
          size="small"
          disabled={!canClaim || (claimingId !== null && claimingId !== c.id)}
          loading={claimingId === c.id}
          onClick={() => void onClaim(c.id, c.name)}
          data-testid={`claim-${c.id}`}
        >
          {m('claim')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <PageTitle
        title={m('title')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch().catch(() => undefined)} aria-label={m('retry')}>
            {m('retry')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {m('subtitle')}
      </Typography.Paragraph>
      {!canClaim ? <Alert type="info" showIcon title={m('cannotClaim')} style={{ marginBottom: 12 }} /> : null}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={m('search')}
            aria-label={m('search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => setFilter({ q: v.trim() || null })}
            enterButton={<SearchOutlined />}
            style={{ flex: '1 1 280px', maxWidth: 420 }}
          />
          <Select
            mode="multiple"
            allowClear
            placeholder={m('grade')}
            aria-label={m('grade')}
            value={grades}
            onChange={(v) => setFilter({ grade: v })}
            options={GRADES.map((g) => ({ value: g, label: labels(`grade.${g}`) }))}
            style={{ minWidth: 140 }}
          />
          <Select
            mode="tags"
            allowClear
            placeholder={m('industry')}
            aria-label={m('industry')}
            value={industries}
            onChange={(v) => setFilter({ industry: v })}
            options={INDUSTRIES.map((v) => ({ value: v }))}
            style={{ minWidth: 140 }}
          />
          <Select
            mode="tags"
            allowClear
            placeholder={m('source')}
            aria-label={m('source')}
            value={sources}
            onChange={(v) => setFilter({ source: v })}
            options={SOURCES.map((v) => ({ value: v }))}
            style={{ minWidth: 140 }}
          />
          <Input
            allowClear
            placeholder={m('province')}
            aria-label={m('province')}
            defaultValue={province}
            key={`province-${province}`}
            onPressEnter={(e) => setFilter({ province: (e.target as HTMLInputElement).value.trim() || null })}
            onBlur={(e) => e.target.value.trim() !== province && setFilter({ province: e.target.value.trim() || null })}
            style={{ width: 120 }}
          />
          <Select
            aria-label={m('sort')}
            value={sort}
            onChange={(v) => setFilter({ sort: v === 'newest' ? null : v })}
            options={[
              { value: 'newest', label: m('sortNewest') },
              { value: 'name', label: m('sortName') },
              { value: 'lastFollowUp', label: m('sortLastFollowUp') },
            ]}
            style={{ minWidth: 140 }}
          />
          {filtered ? (
            <Button onClick={() => setFilter({ q: null, grade: null, industry: null, source: null, province: null })}>{m('reset')}</Button>
          ) : null}
        </Flex>
      </Card>
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="pool-loading" />
      ) : (
        <Card size="small">
          <Typography.Text type="secondary" data-testid="pool-total">
            {m('total', { n: connection?.totalCount ?? 0 })}
          </Typography.Text>
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 8 }}
            locale={{ emptyText: <Empty description={filtered ? m('emptyFiltered') : m('empty')} /> }}
            data-testid="pool-table"
          />
          <PagerButtons
            labels={{ first: m('first'), prev: m('prev'), next: m('next') }}
            pager={pager}
            hasNext={!!connection?.pageInfo.hasNextPage}
            endCursor={connection?.pageInfo.endCursor}
          />
        </Card>
      )}
      {canClaim && viewer ? <ReclaimPreview /> : null}
    </div>
  );
}
