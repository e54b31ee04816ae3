'use client';

import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatMoney } from '@/features/deals/common/format';
import type { ReportKind } from '@/gql/schema';
import { useReportT } from './useReportT';

/** 环比 as "↑ 12.5%" (green) / "↓ 3%" (red) / "—" when there is nothing to compare with. */
export function Change({ percent, inverse }: { percent: number | null | undefined; inverse?: boolean }) {
  if (percent === null || percent === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  const up = percent > 0;
  const good = inverse ? !up : up;
  if (percent === 0) return <Typography.Text>0%</Typography.Text>;
  return (
    <Typography.Text type={good ? 'success' : 'danger'}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(percent)}%
    </Typography.Text>
  );
}

/** One headline figure with its 环比. */
export function Figure({
  title,
  value,
  change,
  testId,
  extra,
}: {
  title: string;
  value: ReactNode;
  change?: number | null;
  testId?: string;
  extra?: ReactNode;
}) {
  const t = useReportT();
  return (
    <Card size="small" data-testid={testId}>
      <Statistic title={title} value={value as string} formatter={() => value} />
      {change !== undefined ? (
        <Typography.Text type="secondary">
          {t('common.change')} <Change percent={change} />
        </Typography.Text>
      ) : null}
      {extra}
    </Card>
  );
}

/** Headline figures in a responsive row. */
export function Figures({ children }: { children: ReactNode[] }) {
  return (
    <Row gutter={[12, 12]}>
      {children.map((c, i) => (
        <Col key={i} xs={12} md={6}>
          {c}
        </Col>
      ))}
    </Row>
  );
}

/** A chart with its table beside it (stacked on phones); `extra` holds actions such as export. */
export function ChartTable({
  title,
  chart,
  table,
  extra,
  empty,
  testId,
}: {
  title: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
  /** True when there is nothing to draw: shows one empty state instead of an empty chart. */
  empty?: boolean;
  testId?: string;
}) {
  const t = useReportT();
  return (
    <Card title={title} extra={extra} data-testid={testId} styles={{ body: { paddingTop: 12 } }}>
      {empty ? (
        <Empty description={t('common.empty')} />
      ) : (
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} lg={12} data-testid={testId ? `${testId}-chart` : undefined}>
            {chart}
          </Col>
          <Col xs={24} lg={12}>
            {table}
          </Col>
        </Row>
      )}
    </Card>
  );
}

/** Money for display (the value stays a string until Intl formats it). */
export const money = (value: string | null | undefined) => formatMoney(value);

/** A Money string as a number for a chart's bar height only (never summed). */
export const chartNumber = (value: string | null | undefined) => {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
};

export const percentText = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value}%`);

/** Renders a section's export action (xlsx / PDF) for one report of the API's export. */
export type ExportSlot = (report: ReportKind) => ReactNode;

/** The range the API used (and its 环比 base), with the section's export action on the right. */
export function RangeLine({
  range,
  extra,
}: {
  range: { from: string; to: string; previousFrom: string; previousTo: string };
  extra?: ReactNode;
}) {
  const t = useReportT();
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Text type="secondary" data-testid="report-range">
        {t('common.rangeUsed', { from: range.from, to: range.to, prevFrom: range.previousFrom, prevTo: range.previousTo })}
      </Typography.Text>
      {extra}
    </Flex>
  );
}
