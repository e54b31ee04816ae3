'use client';

import { useQuery } from '@apollo/client/react';
import { Flex, Table } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { LABELS } from '@/features/deals/common/labels';
import { ListSkeleton, LoadError } from '@/features/deals/common/ui';
import { graphql } from '@/gql';
import { ChurnRiskCard } from '@/features/health/ChurnRiskCard';
import { ValueSection } from './ValueSection';
import type { CustomerGrade, CustomerType } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { BucketBarChart, BucketPieChart, SeriesChart } from '../charts';
import { customerBucketHref, customerListHref, toReportFilter, type ReportState } from '../reportState';
import { Change, ChartTable, Figure, Figures, percentText } from '../ui';
import { useReportT } from '../useReportT';
import { RangeLine, type ExportSlot } from '../ui';

export const CustomerReportQuery = graphql(`
  query CustomerReportSection($filter: ReportFilter) {
    ...ChurnRiskCard_query
    customerReport(filter: $filter) {
      range {
        from
        to
        previousFrom
        previousTo
      }
      total
      newCustomers {
        current
        previous
        changePercent
      }
      notFollowed
      notFollowedDays
      byType {
        key
        label
        count
        percent
      }
      byGrade {
        key
        label
        count
        percent
      }
      bySource {
        key
        label
        count
        percent
      }
      byIndustry {
        key
        label
        count
        percent
      }
      byRegion {
        key
        label
        count
        percent
      }
      byOwner {
        key
        label
        count
        percent
      }
      newByPeriod {
        period
        start
        end
        count
        previous
        changePercent
      }
    }
  }
`);

type Dimension = 'type' | 'grade' | 'source' | 'industry' | 'region' | 'owner';
interface Bucket {
  key?: string | null;
  label: string;
  count: number;
  percent: number;
}

/** A distribution as a chart (pie or bar) and a table whose rows link to the filtered customer list. */
export function BucketSection({
  title,
  buckets,
  dimension,
  state,
  chart,
  extra,
}: {
  title: string;
  buckets: Bucket[];
  dimension: Dimension;
  state: ReportState;
  chart: 'pie' | 'bar';
  extra?: ReactNode;
}) {
  const t = useReportT();
  const router = useRouter();
  const hrefs = buckets.map((b) => customerBucketHref(state, dimension, b.key));
  const points = buckets.map((b) => ({ label: b.label, value: b.count }));
  const onSelect = (i: number) => {
    const href = hrefs[i];
    if (href) router.push(href);
  };
  const testId = `report-customers-${dimension}`;
  return (
    <ChartTable
      title={title}
      testId={testId}
      extra={extra}
      empty={buckets.every((b) => b.count === 0)}
      chart={
        chart === 'pie' ? (
          <BucketPieChart data={points} onSelect={onSelect} />
        ) : (
          <BucketBarChart data={points} onSelect={onSelect} horizontal={buckets.length > 6} />
        )
      }
      table={
        <Table<Bucket & { href: string | null }>
          size="small"
          pagination={buckets.length > 10 ? { pageSize: 10, size: 'small' } : false}
          rowKey={(b) => `${b.key ?? ''}:${b.label}`}
          dataSource={buckets.map((b, i) => ({ ...b, href: hrefs[i] }))}
          columns={[
            {
              title: t('customers.dimension'),
              dataIndex: 'label',
              render: (label: string, b) => (b.href ? <Link href={b.href}>{label}</Link> : label),
            },
            { title: t('common.count'), dataIndex: 'count', align: 'right' },
            { title: t('common.percent'), dataIndex: 'percent', align: 'right', render: (p: number) => percentText(p) },
          ]}
        />
      }
    />
  );
}

/** 客户统计: headline figures, the six distributions and the new-customer trend. */
export function CustomerSection({ state, exportSlot }: { state: ReportState; exportSlot?: ExportSlot }) {
  const t = useReportT();
  const [locale] = useLocale();
  const labels = LABELS[locale];
  const { data, loading, error, refetch } = useQuery(CustomerReportQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (loading && !data) return <ListSkeleton rows={8} testId="report-loading" />;
  if (!data) return null;
  const r = data.customerReport;
  // Enum buckets get their label in the chosen language; free-text ones (source, industry…) keep theirs.
  const byType = r.byType.map((b) => ({ ...b, label: b.key ? (labels.customerType[b.key as CustomerType] ?? b.label) : b.label }));
  const byGrade = r.byGrade.map((b) => ({ ...b, label: b.key ? (labels.grade[b.key as CustomerGrade] ?? b.label) : b.label }));

  return (
    <Flex vertical gap={16}>
      <RangeLine range={r.range} extra={exportSlot?.('CUSTOMERS')} />
      <Figures>
        {[
          <Figure key="total" title={t('customers.total')} value={r.total} testId="figure-total" />,
          <Figure
            key="new"
            title={t('customers.newCustomers')}
            value={r.newCustomers.current}
            change={r.newCustomers.changePercent}
            testId="figure-new"
          />,
          <Figure
            key="nf"
            title={t('customers.notFollowed', { days: r.notFollowedDays })}
            value={<Link href={customerListHref(state, { notFollowedForDays: r.notFollowedDays })}>{r.notFollowed}</Link>}
            testId="figure-not-followed"
          />,
        ]}
      </Figures>
      <BucketSection title={t('customers.byType')} buckets={byType} dimension="type" state={state} chart="pie" />
      <BucketSection title={t('customers.byGrade')} buckets={byGrade} dimension="grade" state={state} chart="bar" />
      <BucketSection title={t('customers.bySource')} buckets={r.bySource} dimension="source" state={state} chart="pie" />
      <BucketSection title={t('customers.byIndustry')} buckets={r.byIndustry} dimension="industry" state={state} chart="bar" />
      <BucketSection title={t('customers.byRegion')} buckets={r.byRegion} dimension="region" state={state} chart="bar" />
      <BucketSection title={t('customers.byOwner')} buckets={r.byOwner} dimension="owner" state={state} chart="bar" />
      <ChartTable
        title={t('customers.newByPeriod')}
        testId="report-customers-new"
        empty={r.newByPeriod.length === 0}
        chart={
          <SeriesChart
            kind="line"
            data={r.newByPeriod.map((p) => ({ label: p.period, count: p.count }))}
            series={[{ key: 'count', name: t('customers.newCustomers') }]}
          />
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="period"
            dataSource={r.newByPeriod}
            columns={[
              { title: t('customers.periodCol'), dataIndex: 'period' },
              { title: t('customers.newCustomers'), dataIndex: 'count', align: 'right' },
              { title: t('common.previous'), dataIndex: 'previous', align: 'right' },
              {
                title: t('common.change'),
                dataIndex: 'changePercent',
                align: 'right',
                render: (p: number | null) => <Change percent={p} />,
              },
            ]}
          />
        }
      />
      <ChurnRiskCard query={data} />
      <ValueSection state={state} />
    </Flex>
  );
}
