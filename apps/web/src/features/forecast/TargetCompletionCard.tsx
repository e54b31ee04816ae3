'use client';

import { useQuery } from '@apollo/client/react';
import { businessDate } from '@kehu/domain/business-time';
import { formatYuan } from '@kehu/domain/format/people';
import { roleCan } from '@kehu/domain/permissions';
import { addPeriods, periodStartOf, type SalesPeriod } from '@kehu/domain/sales-forecast';
import { Card, Empty, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useViewer } from '@/features/deals/common/useViewer';
import { getFragmentData, graphql } from '@/gql';
import type { ForecastRowFieldsFragment } from '@/gql/graphql';
import { BUSINESS_TIME_ZONE } from '@/lib/time/businessTime';
import { forecastDrillHref } from './drill';
import { CoverageTag, completionText } from './ForecastView';
import { ForecastRowFields } from './queries';
import { useForecastT } from './useForecastT';

export const TargetCompletionQuery = graphql(`
  query TargetCompletion($filter: ForecastFilter) {
    salesForecast(filter: $filter) {
      periods {
        label
        start
        end
        total {
          ...ForecastRowFields
        }
        teams {
          ...ForecastRowFields
        }
        people {
          ...ForecastRowFields
        }
      }
    }
  }
`);

const MAX_PERIODS = 12;

/** The calendar periods a report range touches (at most 12): the first one's start and how many. */
export function periodsOfRange(from: string, to: string, period: SalesPeriod): { start: string; count: number } {
  const start = periodStartOf(from, period);
  const last = periodStartOf(to < from ? from : to, period);
  let count = 1;
  while (count < MAX_PERIODS + 1 && addPeriods(start, period, count) <= last) count++;
  return { start, count };
}

type Row = ForecastRowFieldsFragment & { key: string; label: string; start: string; end: string };

/**
 * 目标完成情况 on the 销售业绩 report: for each period of the report's range (its 按月 / 按季 / 按年), every row
 * with a target — the total, teams and people the caller may see — with won, target, completion, gap, the weighted
 * forecast and whether it covers the gap; amounts open their deals. Only for roles that may see forecasts.
 */
export function TargetCompletionCard({
  from,
  to,
  period,
  ownerIds,
  teamOf,
}: {
  from?: string;
  to?: string;
  period?: SalesPeriod;
  ownerIds: string[];
  teamOf?: string;
}) {
  const t = useForecastT();
  const viewer = useViewer();
  const allowed = !!viewer && roleCan(viewer.role, 'forecast.view');
  const today = businessDate(new Date(), BUSINESS_TIME_ZONE);
  const p: SalesPeriod = period ?? 'MONTH';
  const toDay = to ?? today;
  const range = periodsOfRange(from ?? `${toDay.slice(0, 7)}-01`, toDay, p);
  const count = Math.min(range.count, MAX_PERIODS);
  const { data } = useQuery(TargetCompletionQuery, {
    skip: !allowed,
    variables: {
      filter: { period: p, from: range.start, periods: count, ownerIds: ownerIds.length ? ownerIds : null, teamOf: teamOf ?? null },
    },
  });
  if (!allowed) return null;

  const rows: Row[] = (data?.salesForecast.periods ?? []).flatMap((per) =>
    [
      getFragmentData(ForecastRowFields, per.total),
      ...getFragmentData(ForecastRowFields, per.teams),
      ...getFragmentData(ForecastRowFields, per.people),
    ]
      .filter((r) => r.target !== null)
      .map((r) => ({ ...r, key: `${per.start}-${r.kind}-${r.userId ?? ''}`, label: per.label, start: per.start, end: per.end })),
  );
  const name = (r: Row) =>
    r.kind === 'TOTAL'
      ? t(viewer?.role === 'ADMIN' ? 'company' : 'total')
      : r.kind === 'TEAM'
        ? t('teamOf', { name: r.name ?? '' })
        : r.name;
  const columns: TableColumnsType<Row> = [
    { title: t('report.period'), dataIndex: 'label' },
    {
      title: t('cols.who'),
      key: 'who',
      render: (_, r) => (r.kind === 'PERSON' ? name(r) : <Typography.Text strong>{name(r)}</Typography.Text>),
    },
    {
      title: t('cols.won'),
      key: 'won',
      align: 'right',
      render: (_, r) => <Link href={forecastDrillHref(r, 'won', r, viewer)}>{formatYuan(r.won)}</Link>,
    },
    { title: t('cols.target'), key: 'target', align: 'right', render: (_, r) => formatYuan(r.target) },
    {
      title: t('cols.completion'),
      key: 'completion',
      render: (_, r) => (
        <Progress
          percent={Math.min(100, r.completionPercent ?? 0)}
          format={() => completionText(r.completionPercent)}
          size="small"
          style={{ minWidth: 120 }}
        />
      ),
    },
    { title: t('cols.gap'), key: 'gap', align: 'right', render: (_, r) => formatYuan(r.gap) },
    {
      title: t('cols.weighted'),
      key: 'weighted',
      align: 'right',
      render: (_, r) => <Link href={forecastDrillHref(r, 'weighted', r, viewer)}>{formatYuan(r.weighted)}</Link>,
    },
    { title: t('cols.coverage'), key: 'coverage', render: (_, r) => <CoverageTag coverage={r.coverage} /> },
  ];
  return (
    <Card
      title={t('report.title')}
      extra={<Link href={`/forecast${p === 'MONTH' ? '' : `?period=${p}`}`}>{t('report.open')}</Link>}
      data-testid="report-target-completion"
    >
      {range.count > MAX_PERIODS ? <Typography.Paragraph type="secondary">{t('report.capped')}</Typography.Paragraph> : null}
      {data && rows.length === 0 ? (
        <Empty description={t('report.none')} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="key"
          loading={!data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Card>
  );
}
