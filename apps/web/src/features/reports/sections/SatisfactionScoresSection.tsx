'use client';

import { useQuery } from '@apollo/client/react';
import { Flex, Table } from 'antd';
import { LoadError } from '@/features/deals/common/ui';
import { dimensionName, scoreText } from '@/features/visits/satisfaction';
import { graphql } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { SeriesChart, type SeriesDef } from '../charts';
import { toReportFilter, type ReportState } from '../reportState';
import { ChartTable } from '../ui';
import { useReportT } from '../useReportT';

export const SatisfactionScoresQuery = graphql(`
  query SatisfactionScoresSection($filter: ReportFilter) {
    satisfactionReport(filter: $filter) {
      averageScore
      dimensions {
        dimension {
          key
          nameZh
          nameEn
        }
        average
      }
      trend {
        period
        visits
        averageScore
        dimensions {
          dimension {
            key
          }
          average
        }
      }
      people {
        userId
        name
        visits
        averageScore
        dimensions {
          dimension {
            key
          }
          average
        }
      }
    }
  }
`);

const OVERALL = '__overall';

/**
 * 满意度 (1–5) by dimension: the trend per period (overall and each dimension) and per salesperson (visit owner),
 * over the visits the caller may count (the API applies the data scope).
 */
export function SatisfactionScoresSection({ state }: { state: ReportState }) {
  const t = useReportT();
  const [locale] = useLocale();
  const { data, error, refetch } = useQuery(SatisfactionScoresQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return null;
  const r = data.satisfactionReport;
  const series: SeriesDef[] = [
    { key: OVERALL, name: t('money.overall') },
    ...r.dimensions.map((d) => ({ key: d.dimension.key, name: dimensionName(d.dimension, locale) })),
  ];
  const row = (x: { averageScore: number | null; dimensions: { dimension: { key: string }; average: number | null }[] }) => ({
    [OVERALL]: x.averageScore,
    ...Object.fromEntries(x.dimensions.map((d) => [d.dimension.key, d.average])),
  });
  const trend = r.trend.map((p) => ({ label: p.period, visits: p.visits, ...row(p) }));
  const people = r.people.map((p) => ({ key: p.userId, label: p.name, visits: p.visits, ...row(p) }));
  const scoreColumns = series.map((s) => ({
    key: s.key,
    title: s.name,
    align: 'right' as const,
    render: (_: unknown, x: Record<string, unknown>) => scoreText(x[s.key] as number | null) ?? '—',
  }));
  // The chart skips periods without visits (no average) instead of drawing them as 0.
  const chartData = trend.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined))) as Record<
    string,
    string | number
  >[];

  return (
    <Flex vertical gap={16}>
      <ChartTable
        title={t('money.scoreTrend')}
        testId="report-satisfaction-trend"
        empty={trend.every((p) => p.visits === 0)}
        chart={<SeriesChart kind="line" data={chartData} series={series} formatValue={(v) => v.toFixed(2)} />}
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="label"
            scroll={{ x: 'max-content' }}
            dataSource={trend}
            columns={[
              { key: 'label', title: t('money.period'), dataIndex: 'label' },
              { key: 'visits', title: t('money.visits'), dataIndex: 'visits', align: 'right' },
              ...scoreColumns,
            ]}
          />
        }
      />
      <ChartTable
        title={t('money.scoreByPerson')}
        testId="report-satisfaction-people"
        empty={people.length === 0}
        chart={
          <SeriesChart
            kind="bar"
            data={people.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null)) as Record<string, string | number>)}
            series={series}
            formatValue={(v) => v.toFixed(2)}
          />
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            scroll={{ x: 'max-content' }}
            dataSource={people}
            columns={[
              { key: 'label', title: t('money.person'), dataIndex: 'label' },
              { key: 'visits', title: t('money.visits'), dataIndex: 'visits', align: 'right' },
              ...scoreColumns,
            ]}
          />
        }
      />
    </Flex>
  );
}
