'use client';

import { useQuery } from '@apollo/client/react';
import { Flex, Table, Typography } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { LABELS } from '@/features/deals/common/labels';
import { ListSkeleton, LoadError } from '@/features/deals/common/ui';
import { graphql } from '@/gql';
import type { OpportunityStage } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { BucketPieChart, StageFunnelChart } from '../charts';
import { dealListHref, toReportFilter, type ReportState } from '../reportState';
import { ChartTable, Figure, Figures, money, percentText } from '../ui';
import { useReportT } from '../useReportT';
import { RangeLine, type ExportSlot } from '../ui';

export const OpportunityReportQuery = graphql(`
  query OpportunityReportSection($filter: ReportFilter) {
    opportunityReport(filter: $filter) {
      range {
        from
        to
        previousFrom
        previousTo
      }
      funnel {
        stage
        label
        count
        amount
        weightedAmount
      }
      expectedThisMonth {
        count
        amount
        weightedAmount
      }
      wonCount {
        current
        previous
        changePercent
      }
      wonAmount {
        current
        previous
        changePercent
      }
      lostCount {
        current
        previous
        changePercent
      }
      lostAmount
      lostReasons {
        reason
        count
        amount
      }
      winRatePercent
    }
  }
`);

interface StageRow {
  stage: string;
  label: string;
  count: number;
  amount: string;
  weightedAmount: string;
  href: string;
}

/** 商机统计: the funnel (count, amount, weighted) with its table, headline figures and lost reasons. */
export function DealSection({ state, exportSlot }: { state: ReportState; exportSlot?: ExportSlot }) {
  const t = useReportT();
  const router = useRouter();
  const [locale] = useLocale();
  const { data, loading, error, refetch } = useQuery(OpportunityReportQuery, { variables: { filter: toReportFilter(state) } });
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (loading && !data) return <ListSkeleton rows={8} testId="report-loading" />;
  if (!data) return null;
  const r = data.opportunityReport;
  const rows: StageRow[] = r.funnel.map((f) => ({
    ...f,
    label: LABELS[locale].stage[f.stage as OpportunityStage] ?? f.label,
    href: dealListHref(state, f.stage),
  }));
  // The funnel draws the way through the stages (LOST is no step of it); the table lists every stage.
  const funnelRows = rows.filter((f) => f.stage !== 'LOST');
  const e = r.expectedThisMonth;

  return (
    <Flex vertical gap={16}>
      <RangeLine range={r.range} extra={exportSlot?.('OPPORTUNITIES')} />
      <Figures>
        {[
          <Figure
            key="expected"
            title={t('deals.expectedThisMonth')}
            value={money(e.amount)}
            extra={<Typography.Text type="secondary">{t('deals.countUnit', { count: e.count })}</Typography.Text>}
          />,
          <Figure
            key="won"
            title={t('deals.won')}
            value={money(r.wonAmount.current)}
            change={r.wonAmount.changePercent}
            extra={<div>{t('deals.countUnit', { count: r.wonCount.current })}</div>}
          />,
          <Figure
            key="lost"
            title={t('deals.lost')}
            value={money(r.lostAmount)}
            change={r.lostCount.changePercent}
            extra={<div>{t('deals.countUnit', { count: r.lostCount.current })}</div>}
          />,
          <Figure key="rate" title={t('deals.winRate')} value={percentText(r.winRatePercent)} />,
        ]}
      </Figures>
      <ChartTable
        title={t('deals.funnel')}
        testId="report-funnel"
        empty={rows.every((f) => f.count === 0)}
        chart={
          <StageFunnelChart
            data={funnelRows.map((f) => ({ label: f.label, value: f.count, display: `${f.count} · ${money(f.amount)}` }))}
            onSelect={(i) => router.push(funnelRows[i].href)}
          />
        }
        table={
          <Table<StageRow>
            size="small"
            pagination={false}
            rowKey="stage"
            dataSource={rows}
            data-testid="report-funnel-table"
            columns={[
              { title: t('deals.stage'), dataIndex: 'label', render: (label: string, f) => <Link href={f.href}>{label}</Link> },
              { title: t('common.count'), dataIndex: 'count', align: 'right' },
              { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: money },
              { title: t('deals.weighted'), dataIndex: 'weightedAmount', align: 'right', render: money },
            ]}
          />
        }
      />
      <ChartTable
        title={t('deals.lostReasons')}
        testId="report-lost-reasons"
        empty={r.lostReasons.length === 0}
        chart={
          <BucketPieChart
            data={r.lostReasons.map((l) => ({ label: l.reason, value: l.count, display: `${l.count} · ${money(l.amount)}` }))}
          />
        }
        table={
          <Table
            size="small"
            pagination={false}
            rowKey="reason"
            dataSource={r.lostReasons}
            columns={[
              { title: t('deals.reason'), dataIndex: 'reason' },
              { title: t('common.count'), dataIndex: 'count', align: 'right' },
              { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: money },
            ]}
          />
        }
      />
    </Flex>
  );
}
