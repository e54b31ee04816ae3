'use client';

import { useQuery } from '@apollo/client/react';
import { Card, Flex, Table, Typography } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { enumLabel } from '@kehu/domain/labels';
import { formatYuan } from '@kehu/domain/format/people';
import { ListSkeleton, LoadError } from '@/features/deals/common/ui';
import { graphql } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { BucketBarChart } from '../charts';
import { customerBucketHref, toReportFilter, type ReportState } from '../reportState';
import { ChartTable, chartNumber, Figure, Figures, percentText } from '../ui';
import { useReportT } from '../useReportT';

export const ValueReportQuery = graphql(`
  query ValueReportSection($filter: ReportFilter) {
    valueReport(filter: $filter, limit: 10) {
      asOf
      windowFrom
      customers
      orders
      revenue
      byGrade {
        key
        label
        customers
        orders
        revenue
        percent
      }
      byRegion {
        key
        label
        customers
        orders
        revenue
        percent
      }
      top {
        customerId
        name
        grade
        ownerName
        lastOrderDate
        recencyDays
        frequency
        revenue
        percent
        cumulativePercent
      }
    }
  }
`);

interface ValueRow {
  key?: string | null;
  label: string;
  customers: number;
  orders: number;
  revenue: string;
  percent: number;
}

/** 价值贡献 of one dimension: revenue bars and a table whose rows open the filtered customer list. */
function ValueBuckets({
  title,
  rows,
  dimension,
  state,
}: {
  title: string;
  rows: ValueRow[];
  dimension: 'grade' | 'region';
  state: ReportState;
}) {
  const t = useReportT();
  const router = useRouter();
  const hrefs = rows.map((b) => customerBucketHref(state, dimension, b.key));
  const testId = `report-value-${dimension}`;
  return (
    <ChartTable
      title={title}
      testId={testId}
      empty={rows.every((b) => b.customers === 0)}
      chart={
        <BucketBarChart
          data={rows.map((b) => ({ label: b.label, value: chartNumber(b.revenue) }))}
          onSelect={(i) => {
            const href = hrefs[i];
            if (href) router.push(href);
          }}
          horizontal={rows.length > 6}
        />
      }
      table={
        <Table<ValueRow & { href: string | null }>
          size="small"
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
          rowKey={(b) => `${b.key ?? ''}:${b.label}`}
          dataSource={rows.map((b, i) => ({ ...b, href: hrefs[i] }))}
          columns={[
            {
              title: t('value.group'),
              dataIndex: 'label',
              render: (label: string, b) => (b.href ? <Link href={b.href}>{label}</Link> : label),
            },
            { title: t('value.customers'), dataIndex: 'customers', align: 'right' },
            { title: t('value.monetary'), dataIndex: 'revenue', align: 'right', render: (v: string) => formatYuan(v) },
            { title: t('value.share'), dataIndex: 'percent', align: 'right', render: (p: number) => percentText(p) },
          ]}
        />
      }
    />
  );
}

/** 客户价值 (RFM) and 价值贡献: the 12 months to the range's last day, by grade and region, and the top customers. */
export function ValueSection({ state }: { state: ReportState }) {
  const t = useReportT();
  const [locale] = useLocale();
  const { data, loading, error, refetch } = useQuery(ValueReportQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (loading && !data) return <ListSkeleton rows={6} testId="report-value-loading" />;
  if (!data) return null;
  const r = data.valueReport;
  const byGrade = r.byGrade.map((b) => ({ ...b, label: b.key ? enumLabel('CustomerGrade', b.key, locale) : b.label }));
  const byRegion = r.byRegion.map((b) => ({ ...b, label: b.key ?? t('value.notFilled') }));
  return (
    <Flex vertical gap={16} data-testid="report-value">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('value.title')}
      </Typography.Title>
      <Typography.Text type="secondary" data-testid="report-value-window">
        {t('value.window', { asOf: r.asOf, from: r.windowFrom })}
      </Typography.Text>
      <Figures>
        {[
          <Figure key="customers" title={t('value.customers')} value={r.customers} testId="figure-value-customers" />,
          <Figure key="orders" title={t('value.orders')} value={r.orders} testId="figure-value-orders" />,
          <Figure key="revenue" title={t('value.revenue')} value={formatYuan(r.revenue)} testId="figure-value-revenue" />,
        ]}
      </Figures>
      <ValueBuckets title={t('value.byGrade')} rows={byGrade} dimension="grade" state={state} />
      <ValueBuckets title={t('value.byRegion')} rows={byRegion} dimension="region" state={state} />
      <Card title={t('value.top')} data-testid="report-value-top">
        <Table
          size="small"
          pagination={false}
          rowKey="customerId"
          dataSource={r.top.map((c, i) => ({ ...c, rank: i + 1 }))}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('value.rank'), dataIndex: 'rank', width: 60 },
            {
              title: t('value.customer'),
              dataIndex: 'name',
              render: (name: string, c) => <Link href={`/customers/${c.customerId}`}>{name}</Link>,
            },
            { title: t('value.grade'), dataIndex: 'grade', render: (g: string) => enumLabel('CustomerGrade', g, locale) },
            { title: t('value.owner'), dataIndex: 'ownerName', render: (n: string | null) => n ?? t('value.pool') },
            {
              title: t('value.lastOrder'),
              dataIndex: 'lastOrderDate',
              render: (d: string, c) => (
                <span title={d}>
                  {d} · {t('value.recencyDays', { days: c.recencyDays })}
                </span>
              ),
            },
            { title: t('value.frequency'), dataIndex: 'frequency', align: 'right' },
            { title: t('value.monetary'), dataIndex: 'revenue', align: 'right', render: (v: string) => formatYuan(v) },
            { title: t('value.share'), dataIndex: 'percent', align: 'right', render: (p: number) => percentText(p) },
            { title: t('value.cumulative'), dataIndex: 'cumulativePercent', align: 'right', render: (p: number) => percentText(p) },
          ]}
        />
      </Card>
    </Flex>
  );
}
