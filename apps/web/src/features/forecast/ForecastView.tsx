'use client';

import { useQuery } from '@apollo/client/react';
import { businessDate } from '@kehu/domain/business-time';
import { formatYuan } from '@kehu/domain/format/people';
import { roleCan } from '@kehu/domain/permissions';
import { addPeriods, periodStartOf, type SalesPeriod } from '@kehu/domain/sales-forecast';
import { Button, Card, Col, Empty, Flex, Progress, Row, Segmented, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { ListSkeleton, LoadError, PageTitle } from '@/features/deals/common/ui';
import { useUrlState } from '@/features/deals/common/useUrlState';
import { getFragmentData, type FragmentType } from '@/gql';
import type { ForecastCoverage, ForecastRowFieldsFragment } from '@/gql/graphql';
import { BUSINESS_TIME_ZONE } from '@/lib/time/businessTime';
import { forecastDrillHref, type ForecastFigure } from './drill';
import { ForecastRowFields, SalesForecastQuery } from './queries';
import { TargetFormModal } from './TargetFormModal';
import { useForecastT } from './useForecastT';

type Row = ForecastRowFieldsFragment & { key: string };
type Viewer = { id: string; name: string; role: string };

const COVERAGE_COLOR: Record<ForecastCoverage, string | undefined> = {
  NO_TARGET: undefined,
  MET: 'green',
  COMMIT: 'blue',
  WEIGHTED: 'cyan',
  BEST_CASE: 'orange',
  SHORT: 'red',
};

const PERIODS: readonly SalesPeriod[] = ['MONTH', 'QUARTER', 'YEAR'];
const isPeriod = (v: string | undefined): v is SalesPeriod => !!v && (PERIODS as readonly string[]).includes(v);

export function CoverageTag({ coverage }: { coverage: ForecastCoverage }) {
  const t = useForecastT();
  return <Tag color={COVERAGE_COLOR[coverage]}>{t(`coverage.${coverage}`)}</Tag>;
}

export function completionText(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? '—' : `${percent.toFixed(2)}%`;
}

/**
 * 销售预测 (/forecast): per period, the total and one row per team and salesperson — won, weighted, commit, best case,
 * target, completion, gap and whether the forecast covers it; every amount opens the deals behind it. Period and
 * start live in the URL (?period=QUARTER&from=2026-04-01).
 */
export function ForecastView() {
  const t = useForecastT();
  const url = useUrlState();
  const today = businessDate(new Date(), BUSINESS_TIME_ZONE);
  const period: SalesPeriod = isPeriod(url.get('period')) ? (url.get('period') as SalesPeriod) : 'MONTH';
  const from = periodStartOf(url.get('from') ?? today, period as SalesPeriod);
  const count = period === 'MONTH' ? 3 : period === 'QUARTER' ? 2 : 1;
  const [editing, setEditing] = useState(false);
  const { data, previousData, error, refetch } = useQuery(SalesForecastQuery, {
    variables: { filter: { period, from, periods: count } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const viewer: Viewer | null = shown?.me ?? null;
  const canSet = roleCan(viewer?.role as never, 'target.set');
  const step = (n: number) => url.set({ from: addPeriods(from, period as SalesPeriod, n * count) });

  const first = shown?.salesForecast.periods[0];
  const people = first
    ? first.people.map((r) => getFragmentData(ForecastRowFields, r)).map((r) => ({ id: r.userId!, name: r.name ?? '' }))
    : [];
  const teams = first
    ? first.teams.map((r) => getFragmentData(ForecastRowFields, r)).map((r) => ({ id: r.userId!, name: r.name ?? '' }))
    : [];

  return (
    <div>
      <PageTitle
        title={t('title')}
        extra={
          <>
            <Segmented
              value={period}
              onChange={(v) => url.set({ period: v === 'MONTH' ? null : String(v), from: null })}
              options={PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
              aria-label={t('filters.period')}
            />
            <Button onClick={() => step(-1)}>{t('filters.prev')}</Button>
            <Button onClick={() => url.set({ from: null })}>{t('filters.current')}</Button>
            <Button onClick={() => step(1)}>{t('filters.next')}</Button>
            {canSet ? (
              <Button type="primary" onClick={() => setEditing(true)}>
                {t('setTarget')}
              </Button>
            ) : null}
          </>
        }
      />
      <Typography.Paragraph type="secondary">
        {t('subtitle')} · {t('hints.drill')}
      </Typography.Paragraph>
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="forecast-loading" />
      ) : (
        <Flex vertical gap={16}>
          {shown.salesForecast.periods.map((p) => (
            <PeriodCard key={p.start} period={p} viewer={viewer} commitRate={shown.salesForecast.commitMinWinRate} />
          ))}
        </Flex>
      )}
      {editing && viewer ? (
        <TargetFormModal
          open
          people={people}
          teams={teams}
          canCompany={viewer.role === 'ADMIN'}
          today={from > today ? from : today}
          period={period}
          onClose={() => setEditing(false)}
          onSaved={() => void refetch().catch(() => undefined)}
        />
      ) : null}
    </div>
  );
}

type PeriodData = {
  label: string;
  start: string;
  end: string;
  total: FragmentType<typeof ForecastRowFields>;
  people: FragmentType<typeof ForecastRowFields>[];
  teams: FragmentType<typeof ForecastRowFields>[];
};

function PeriodCard({ period, viewer, commitRate }: { period: PeriodData; viewer: Viewer | null; commitRate: number }) {
  const t = useForecastT();
  const total = getFragmentData(ForecastRowFields, period.total);
  const teams = period.teams.map((r) => getFragmentData(ForecastRowFields, r));
  const people = period.people.map((r) => getFragmentData(ForecastRowFields, r));
  const rows: Row[] = [...teams.map((r) => ({ ...r, key: `t-${r.userId}` })), ...people.map((r) => ({ ...r, key: `p-${r.userId}` }))];
  const drill = (row: Row | typeof total, figure: ForecastFigure, value: string, testId?: string) => (
    <Link href={forecastDrillHref(row, figure, period, viewer)} data-testid={testId}>
      {formatYuan(value)}
    </Link>
  );
  const rowName = (r: Row) => (r.kind === 'TEAM' ? t('teamOf', { name: r.name ?? '' }) : r.name);
  const columns: TableColumnsType<Row> = [
    {
      title: t('cols.who'),
      key: 'who',
      fixed: 'left',
      render: (_, r) => (r.kind === 'TEAM' ? <Typography.Text strong>{rowName(r)}</Typography.Text> : rowName(r)),
    },
    { title: t('cols.won'), key: 'won', align: 'right', render: (_, r) => drill(r, 'won', r.won) },
    {
      title: <Tooltip title={t('hints.weighted')}>{t('cols.weighted')}</Tooltip>,
      key: 'weighted',
      align: 'right',
      render: (_, r) => drill(r, 'weighted', r.weighted),
    },
    {
      title: <Tooltip title={t('hints.commit', { rate: commitRate })}>{t('cols.commit')}</Tooltip>,
      key: 'commit',
      align: 'right',
      render: (_, r) => drill(r, 'commit', r.commit),
    },
    {
      title: <Tooltip title={t('hints.bestCase')}>{t('cols.bestCase')}</Tooltip>,
      key: 'best',
      align: 'right',
      render: (_, r) => drill(r, 'bestCase', r.bestCase),
    },
    { title: t('cols.target'), key: 'target', align: 'right', render: (_, r) => formatYuan(r.target) },
    {
      title: t('cols.completion'),
      key: 'completion',
      render: (_, r) =>
        r.completionPercent === null || r.completionPercent === undefined ? (
          '—'
        ) : (
          <Progress
            percent={Math.min(100, r.completionPercent)}
            format={() => completionText(r.completionPercent)}
            size="small"
            style={{ minWidth: 120 }}
          />
        ),
    },
    { title: t('cols.gap'), key: 'gap', align: 'right', render: (_, r) => formatYuan(r.gap) },
    { title: t('cols.coverage'), key: 'coverage', render: (_, r) => <CoverageTag coverage={r.coverage} /> },
  ];
  const totalLabel = viewer?.role === 'ADMIN' ? t('company') : t('total');

  return (
    <Card
      title={`${period.label}（${period.start} ~ ${period.end}）`}
      data-testid={`forecast-period-${period.label}`}
      extra={<CoverageTag coverage={total.coverage} />}
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={`${totalLabel} · ${t('cols.won')}`} valueRender={() => drill(total, 'won', total.won, 'forecast-total-won')} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.weighted')} valueRender={() => drill(total, 'weighted', total.weighted)} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.commit')} valueRender={() => drill(total, 'commit', total.commit)} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.bestCase')} valueRender={() => drill(total, 'bestCase', total.bestCase)} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.target')} valueRender={() => formatYuan(total.target)} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.completion')} valueRender={() => completionText(total.completionPercent)} />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <Statistic title={t('cols.gap')} valueRender={() => formatYuan(total.gap)} />
        </Col>
      </Row>
      {rows.length ? (
        <Table<Row> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      )}
    </Card>
  );
}
