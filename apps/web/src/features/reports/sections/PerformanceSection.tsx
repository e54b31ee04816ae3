'use client';

import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { ReactNode } from 'react';
import { ListSkeleton, LoadError } from '@/features/deals/common/ui';
import { TargetCompletionCard } from '@/features/forecast/TargetCompletionCard';
import { getFragmentData, graphql } from '@/gql';
import { BucketBarChart } from '../charts';
import { customerListHref, toReportFilter, type ReportState } from '../reportState';
import { Change, chartNumber, money, percentText } from '../ui';
import { useReportT } from '../useReportT';
import { RangeLine, type ExportSlot } from '../ui';

export const PerformanceRowFields = graphql(`
  fragment PerformanceRowFields on PerformanceRow {
    userId
    name
    customersHeld
    customersAssigned
    customersWon
    followUps {
      current
      previous
      changePercent
    }
    opportunityAmount
    wonAmount {
      current
      previous
      changePercent
    }
    wonCount
    signedAmount
    conversionPercent
    averageDaysToWin
  }
`);

export const SalesPerformanceQuery = graphql(`
  query SalesPerformanceSection($filter: ReportFilter) {
    salesPerformanceReport(filter: $filter) {
      range {
        from
        to
        previousFrom
        previousTo
      }
      people {
        ...PerformanceRowFields
      }
      teams {
        ...PerformanceRowFields
      }
    }
  }
`);

type Row = ResultOf<typeof PerformanceRowFields>;

/** 销售业绩: one table per salesperson and one per team, each with a won-amount chart. */
export function PerformanceSection({ state, exportSlot }: { state: ReportState; exportSlot?: ExportSlot }) {
  const t = useReportT();
  const router = useRouter();
  const { data, loading, error, refetch } = useQuery(SalesPerformanceQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (loading && !data) return <ListSkeleton rows={8} testId="report-loading" />;
  if (!data) return null;
  const r = data.salesPerformanceReport;
  const people = getFragmentData(PerformanceRowFields, r.people);
  const teams = getFragmentData(PerformanceRowFields, r.teams);

  // A person's (or team leader's) customers; the report's own owner filter is replaced by this one.
  const ownerHref = (userId: string) => customerListHref({ ...state, ownerIds: [] }, { ownerIds: [userId] });

  // Team rows have no customer-list filter of their own (the list's 下属客户 means "below me"), so they do not link.
  const columns = (nameTitle: string, linked: boolean): ColumnsType<Row> => [
    {
      title: nameTitle,
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, row) => (linked ? <Link href={ownerHref(row.userId)}>{name}</Link> : name),
    },
    { title: t('performance.customersHeld'), dataIndex: 'customersHeld', align: 'right' },
    { title: t('performance.customersAssigned'), dataIndex: 'customersAssigned', align: 'right' },
    {
      title: t('performance.followUps'),
      key: 'followUps',
      align: 'right',
      render: (_: unknown, row) => (
        <span>
          {row.followUps.current} <Change percent={row.followUps.changePercent} />
        </span>
      ),
    },
    { title: t('performance.opportunityAmount'), dataIndex: 'opportunityAmount', align: 'right', render: money },
    {
      title: t('performance.wonAmount'),
      key: 'wonAmount',
      align: 'right',
      render: (_: unknown, row) => (
        <span>
          {money(row.wonAmount.current)} <Change percent={row.wonAmount.changePercent} />
        </span>
      ),
    },
    { title: t('performance.signedAmount'), dataIndex: 'signedAmount', align: 'right', render: money },
    { title: t('performance.conversion'), dataIndex: 'conversionPercent', align: 'right', render: (p: number | null) => percentText(p) },
    { title: t('performance.avgDaysToWin'), dataIndex: 'averageDaysToWin', align: 'right', render: (d: number | null) => d ?? '—' },
  ];

  const block = (title: string, nameTitle: string, rows: readonly Row[], testId: string, linked: boolean, extra?: ReactNode) => (
    <Card title={title} extra={extra} data-testid={testId}>
      {rows.length === 0 ? (
        <Empty description={t('common.empty')} />
      ) : (
        <Flex vertical gap={12}>
          <BucketBarChart
            height={Math.max(200, rows.length * 36)}
            horizontal
            data={rows.map((p) => ({ label: p.name, value: chartNumber(p.wonAmount.current), display: money(p.wonAmount.current) }))}
            onSelect={linked ? (i) => router.push(ownerHref(rows[i].userId)) : undefined}
          />
          <Table<Row>
            size="small"
            pagination={false}
            rowKey="userId"
            dataSource={rows as Row[]}
            scroll={{ x: 'max-content' }}
            columns={columns(nameTitle, linked)}
          />
        </Flex>
      )}
    </Card>
  );

  return (
    <Flex vertical gap={16}>
      <RangeLine range={r.range} extra={exportSlot?.('SALES_PERFORMANCE')} />
      {block(t('performance.people'), t('performance.name'), people, 'report-performance-people', true)}
      {block(t('performance.teams'), t('performance.teamName'), teams, 'report-performance-teams', false)}
      {/* Targets come by month, quarter or year: a day or week view shows the month's. */}
      <TargetCompletionCard
        from={state.from}
        to={state.to}
        period={state.period === 'QUARTER' || state.period === 'YEAR' ? state.period : 'MONTH'}
        ownerIds={state.ownerIds}
        teamOf={state.teamOf}
      />
    </Flex>
  );
}
