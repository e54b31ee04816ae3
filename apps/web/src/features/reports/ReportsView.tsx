'use client';

import { Flex, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PageTitle } from '@/features/deals/common/ui';
import { ExportButton } from '@/features/exports/ExportButton';
import { ReportFilters } from './ReportFilters';
import { REPORT_TABS, toReportFilter, type ReportState, type ReportTab } from './reportState';
import { CustomerSection } from './sections/CustomerSection';
import { DealSection } from './sections/DealSection';
import { MoneySection } from './sections/MoneySection';
import { PerformanceSection } from './sections/PerformanceSection';
import { useReportState } from './useReportState';
import type { ExportSlot } from './ui';
import { useReportT } from './useReportT';

type SectionProps = { state: ReportState; exportSlot?: ExportSlot };
const SECTIONS: Record<ReportTab, (props: SectionProps) => ReactNode> = {
  customers: CustomerSection,
  deals: DealSection,
  performance: PerformanceSection,
  money: MoneySection,
};

/** 报表: four tabs over one set of filters, all kept in the URL; only the open tab asks the API. */
export function ReportsView() {
  const t = useReportT();
  const [state, setState] = useReportState();
  const Section = SECTIONS[state.tab];
  // Each report exports with the page's own filter, as Excel or PDF (the button hides itself without the permission).
  const exportSlot: ExportSlot = (report) => <ExportButton kind="REPORT" report={report} filter={toReportFilter(state)} size="small" />;
  return (
    <Flex vertical gap={16}>
      <PageTitle title={t('title')} />
      <ReportFilters state={state} onChange={setState} showNotFollowed={state.tab === 'customers'} />
      <Typography.Text type="secondary">{t('common.drillHint')}</Typography.Text>
      <Tabs
        activeKey={state.tab}
        onChange={(tab) => setState({ tab: tab as ReportTab })}
        items={REPORT_TABS.map((key) => ({ key, label: t(`tabs.${key}`) }))}
      />
      <Section state={state} exportSlot={exportSlot} />
    </Flex>
  );
}
