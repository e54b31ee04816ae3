'use client';

import { useQuery } from '@apollo/client/react';
import { Flex, Table, Typography } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ListSkeleton, LoadError } from '@/features/deals/common/ui';
import { formatMoney } from '@/features/deals/common/format';
import { graphql } from '@/gql';
import type { Satisfaction } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { BucketBarChart, BucketPieChart, SeriesChart } from '../charts';
import { contractListHref, toReportFilter, type ReportState } from '../reportState';
import { Change, ChartTable, chartNumber, Figure, Figures, money, percentText } from '../ui';
import { useReportT } from '../useReportT';
import { RangeLine, type ExportSlot } from '../ui';
import { SatisfactionScoresSection } from './SatisfactionScoresSection';

export const MoneyReportQuery = graphql(`
  query MoneyReportSection($filter: ReportFilter) {
    moneyReport(filter: $filter) {
      range {
        from
        to
        previousFrom
        previousTo
      }
      signed {
        current
        previous
        changePercent
      }
      received {
        current
        previous
        changePercent
      }
      outstanding
      overdue
      periods {
        period
        start
        end
        signed {
          current
          previous
          changePercent
        }
        received {
          current
          previous
          changePercent
        }
        outstanding
        overdue
      }
    }
    topCustomersReport(filter: $filter, by: SIGNED, limit: 10) {
      customerId
      name
      ownerName
      signedAmount
      receivedAmount
      outstanding
    }
    satisfactionReport(filter: $filter) {
      distribution {
        key
        label
        count
        percent
      }
      satisfiedPercent
      previousSatisfiedPercent
      visits {
        current
        previous
        changePercent
      }
    }
  }
`);

const SATISFACTION_EN: Record<Satisfaction, string> = {
  VERY_SATISFIED: 'Very satisfied',
  SATISFIED: 'Satisfied',
  NEUTRAL: 'Neutral',
  DISSATISFIED: 'Dissatisfied',
};

/** 合同与回款: signed / received / outstanding / overdue per period with 环比, top customers, satisfaction. */
export function MoneySection({ state, exportSlot }: { state: ReportState; exportSlot?: ExportSlot }) {
  const t = useReportT();
  const router = useRouter();
  const [locale] = useLocale();
  const { data, loading, error, refetch } = useQuery(MoneyReportQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (loading && !data) return <ListSkeleton rows={8} testId="report-loading" />;
  if (!data) return null;
  const r = data.moneyReport;
  const top = data.topCustomersReport;
  const sat = data.satisfactionReport;
  const periods = r.periods.map((p) => ({ ...p, href: contractListHref(state, { from: p.start, to: p.end }) }));
  const satisfaction = sat.distribution.map((b) => ({
    ...b,
    label: locale === 'en' && b.key ? (SATISFACTION_EN[b.key as Satisfaction] ?? b.label) : b.label,
  }));

  return (
    <Flex vertical gap={16}>
      <RangeLine range={r.range} extra={exportSlot?.('MONEY')} />
      <Figures>
        {[
          <Figure
            key="signed"
            title={t('money.signed')}
            value={<Link href={contractListHref(state, { from: r.range.from, to: r.range.to })}>{money(r.signed.current)}</Link>}
            change={r.signed.changePercent}
            testId="figure-signed"
          />,
          <Figure
            key="received"
            title={t('money.received')}
            value={money(r.received.current)}
            change={r.received.changePercent}
            testId="figure-received"
          />,
          <Figure key="outstanding" title={t('money.outstanding')} value={money(r.outstanding)} testId="figure-outstanding" />,
          <Figure
            key="overdue"
            title={t('money.overdue')}
            value={<Typography.Text type={r.overdue !== '0.00' ? 'danger' : undefined}>{money(r.overdue)}</Typography.Text>}
            testId="figure-overdue"
          />,
        ]}
      </Figures>
      <ChartTable
        title={t('money.byPeriod')}
        testId="report-money-periods"
        empty={periods.length === 0}
        chart={
          <SeriesChart
            kind="bar"
            formatValue={(v) => formatMoney(v)}
            data={periods.map((p) => ({
              label: p.period,
              signed: chartNumber(p.signed.current),
              received: chartNumber(p.received.current),
              outstanding: chartNumber(p.outstanding),
            }))}
            series={[
              { key: 'signed', name: t('money.signed') },
              { key: 'received', name: t('money.received') },
              { key: 'outstanding', name: t('money.outstanding') },
            ]}
            onSelect={(i) => router.push(periods[i].href)}
          />
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="period"
            dataSource={periods}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('money.periodCol'), dataIndex: 'period', render: (label: string, p) => <Link href={p.href}>{label}</Link> },
              { title: t('money.signed'), key: 'signed', align: 'right', render: (_, p) => money(p.signed.current) },
              { title: t('money.signedChange'), key: 'sc', align: 'right', render: (_, p) => <Change percent={p.signed.changePercent} /> },
              { title: t('money.received'), key: 'received', align: 'right', render: (_, p) => money(p.received.current) },
              {
                title: t('money.receivedChange'),
                key: 'rc',
                align: 'right',
                render: (_, p) => <Change percent={p.received.changePercent} />,
              },
              { title: t('money.outstanding'), dataIndex: 'outstanding', align: 'right', render: money },
              { title: t('money.overdue'), dataIndex: 'overdue', align: 'right', render: money },
            ]}
          />
        }
      />
      <ChartTable
        title={t('money.top')}
        testId="report-top-customers"
        extra={exportSlot?.('TOP_CUSTOMERS')}
        empty={top.length === 0}
        chart={
          <BucketBarChart
            horizontal
            data={top.map((c) => ({ label: c.name, value: chartNumber(c.signedAmount), display: money(c.signedAmount) }))}
            onSelect={(i) => router.push(`/customers/${top[i].customerId}`)}
          />
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="customerId"
            dataSource={top}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('money.customer'),
                dataIndex: 'name',
                render: (name: string, c) => <Link href={`/customers/${c.customerId}`}>{name}</Link>,
              },
              { title: t('money.owner'), dataIndex: 'ownerName', render: (n: string | null) => n ?? t('money.pool') },
              { title: t('money.signed'), dataIndex: 'signedAmount', align: 'right', render: money },
              { title: t('money.received'), dataIndex: 'receivedAmount', align: 'right', render: money },
              { title: t('money.outstanding'), dataIndex: 'outstanding', align: 'right', render: money },
            ]}
          />
        }
      />
      <ChartTable
        title={
          <span>
            {t('money.satisfaction')}{' '}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {t('money.satisfiedRate')} {percentText(sat.satisfiedPercent)} · {t('money.visits')} {sat.visits.current}{' '}
              <Change percent={sat.visits.changePercent} />
            </Typography.Text>
          </span>
        }
        testId="report-satisfaction"
        extra={exportSlot?.('SATISFACTION')}
        empty={sat.visits.current === 0}
        chart={<BucketPieChart data={satisfaction.map((b) => ({ label: b.label, value: b.count }))} />}
        table={
          <Table
            size="small"
            pagination={false}
            rowKey={(b) => b.key ?? b.label}
            dataSource={satisfaction}
            columns={[
              { title: t('money.level'), dataIndex: 'label' },
              { title: t('common.count'), dataIndex: 'count', align: 'right' },
              { title: t('common.percent'), dataIndex: 'percent', align: 'right', render: (p: number) => percentText(p) },
            ]}
          />
        }
      />
      <SatisfactionScoresSection state={state} />
    </Flex>
  );
}
