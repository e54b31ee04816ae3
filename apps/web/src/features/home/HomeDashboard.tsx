'use client';

import { Card, Col, Empty, Flex, Progress, Row, Statistic, Table, Tag, Typography } from 'antd';
import { OPEN_OPPORTUNITY_STAGES } from '@kehu/domain/opportunity-stage';
import Link from 'next/link';
import { formatDate, formatDateTime, formatMoney } from '@/features/deals/common/format';
import { LABELS } from '@/features/deals/common/labels';
import { addMoney, toFen } from '@/features/deals/common/money';
import { customerListHref, DEFAULT_REPORT_STATE } from '@/features/reports/reportState';
import { useReportT } from '@/features/reports/useReportT';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { CustomerGrade, OpportunityStage } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { ChurnRiskCard } from '@/features/health/ChurnRiskCard';

// Fields of the home query the dashboard reads (spread into `query Home` so the page asks once).
export const HomeDashboard_query = graphql(`
  fragment HomeDashboard_query on Query {
    ...ChurnRiskCard_query
    followUpsDue: customers(
      first: 10
      filter: { ownership: MINE, followUp: DUE_TODAY }
      orderBy: { field: NEXT_FOLLOW_UP_AT, direction: ASC }
    ) {
      totalCount
      edges {
        node {
          id
          name
          grade
          nextFollowUpAt
          primaryContact {
            id
            name
            mobile
          }
        }
      }
    }
    followUpsOverdue: customers(first: 1, filter: { ownership: MINE, followUp: OVERDUE }) {
      totalCount
    }
    myPipeline: opportunityReport(filter: { ownerIds: $mine }) {
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
      }
    }
    myReceivables: moneyReport(filter: { ownerIds: $mine }) {
      outstanding
      overdue
    }
    overduePlans: paymentPlans(first: 100, filter: { statuses: [OVERDUE] }, orderBy: { field: DATE, direction: ASC }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          dueDate
          outstandingAmount
          overdueDays
          contract {
            id
            number
            title
            customer {
              id
              name
            }
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** My follow-ups due today, my pipeline by stage, my receivables — below the welcome line. */
export function HomeDashboard({ query, userId }: { query: FragmentType<typeof HomeDashboard_query>; userId?: string }) {
  const t = useReportT();
  const [locale] = useLocale();
  const labels = LABELS[locale];
  const d = getFragmentData(HomeDashboard_query, query);

  const due = d.followUpsDue.edges.map((e) => e.node);
  const open = d.myPipeline.funnel.filter((f) => (OPEN_OPPORTUNITY_STAGES as readonly string[]).includes(f.stage));
  const openCount = open.reduce((n, f) => n + f.count, 0);
  // Totals of Money strings are added exactly in fen (never as floats).
  const openAmount = addMoney(open.map((f) => f.amount));
  const openWeighted = addMoney(open.map((f) => f.weightedAmount));
  const maxFen = open.reduce((m, f) => ((toFen(f.amount) ?? 0n) > m ? (toFen(f.amount) ?? 0n) : m), 0n);
  // The plan list has no owner filter: of the overdue plans the user may see (oldest first), keep their own
  // contracts' — the same ones the totals above count.
  const myPlans = d.overduePlans.edges.map((e) => e.node).filter((p) => !userId || p.contract.owner.id === userId);
  const plans = myPlans.slice(0, 5);
  const planCount = `${myPlans.length}${d.overduePlans.pageInfo.hasNextPage ? '+' : ''}`;
  const mineHref = customerListHref(DEFAULT_REPORT_STATE, { ownership: 'MINE', followUp: 'DUE_TODAY' });
  const overdueHref = customerListHref(DEFAULT_REPORT_STATE, { ownership: 'MINE', followUp: 'OVERDUE' });

  return (
    <Row gutter={[16, 16]} data-testid="home-dashboard">
      <Col xs={24} lg={12}>
        <Card
          title={`${t('home.dueToday')} (${d.followUpsDue.totalCount})`}
          extra={<Link href={mineHref}>{t('home.viewAll')}</Link>}
          data-testid="home-due-today"
          style={{ height: '100%' }}
        >
          {due.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.dueTodayEmpty')} />
          ) : (
            <Flex vertical component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {due.map((c) => (
                <Flex
                  component="li"
                  key={c.id}
                  justify="space-between"
                  align="center"
                  gap={8}
                  style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
                >
                  <Flex vertical gap={2}>
                    <Flex gap={8} align="center" wrap>
                      <Link href={`/customers/${c.id}`}>{c.name}</Link>
                      <Tag>{labels.grade[c.grade as CustomerGrade] ?? c.grade}</Tag>
                    </Flex>
                    {c.primaryContact ? (
                      <Typography.Text type="secondary">
                        {[c.primaryContact.name, c.primaryContact.mobile].filter(Boolean).join(' · ')}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                  <Typography.Text type="secondary" aria-label={t('home.nextAt')}>
                    {formatDateTime(c.nextFollowUpAt).slice(11)}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          )}
          {d.followUpsOverdue.totalCount > 0 ? (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              <Link href={overdueHref}>{t('home.overdueFollowUps', { count: d.followUpsOverdue.totalCount })}</Link>
            </Typography.Paragraph>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card
          title={t('home.pipeline')}
          extra={<Link href={`/reports?tab=deals${userId ? `&owner=${userId}` : ''}`}>{t('home.viewAll')}</Link>}
          data-testid="home-pipeline"
          style={{ height: '100%' }}
        >
          {openCount === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.pipelineEmpty')} />
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text>
                {t('home.openTotal', { count: openCount, amount: formatMoney(openAmount), weighted: formatMoney(openWeighted) })}
              </Typography.Text>
              {open.map((f) => {
                const fen = toFen(f.amount) ?? 0n;
                // A bar length only (display), in whole percent of the largest stage.
                const pct = maxFen > 0n ? Number((fen * 100n) / maxFen) : 0;
                return (
                  <div key={f.stage} data-testid={`home-stage-${f.stage}`}>
                    <Flex justify="space-between" wrap gap={8}>
                      <Typography.Text>
                        {labels.stage[f.stage as OpportunityStage] ?? f.label} · {f.count}
                      </Typography.Text>
                      <Typography.Text strong>{formatMoney(f.amount)}</Typography.Text>
                    </Flex>
                    <Progress percent={pct} showInfo={false} size="small" />
                  </div>
                );
              })}
              <Typography.Text type="secondary">
                {t('home.expectedThisMonth', {
                  count: d.myPipeline.expectedThisMonth.count,
                  amount: formatMoney(d.myPipeline.expectedThisMonth.amount),
                })}
              </Typography.Text>
            </Flex>
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <Card title={t('home.receivables')} data-testid="home-receivables">
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('home.outstanding')} value={formatMoney(d.myReceivables.outstanding)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('home.overdue')}
                value={formatMoney(d.myReceivables.overdue)}
                styles={{ content: (toFen(d.myReceivables.overdue) ?? 0n) > 0n ? { color: '#cf1322' } : undefined }}
              />
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text strong>{`${t('home.overduePlans')} (${planCount})`}</Typography.Text>
              {plans.length === 0 ? (
                <Typography.Paragraph type="secondary">{t('home.noOverdue')}</Typography.Paragraph>
              ) : (
                <Table
                  size="small"
                  pagination={false}
                  rowKey="id"
                  dataSource={plans}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    {
                      title: t('money.customer'),
                      key: 'customer',
                      render: (_, p) => <Link href={`/customers/${p.contract.customer.id}`}>{p.contract.customer.name}</Link>,
                    },
                    { title: t('home.contract'), key: 'contract', render: (_, p) => p.contract.number },
                    {
                      title: t('home.dueDate'),
                      key: 'due',
                      render: (_, p) => (
                        <span>
                          {formatDate(p.dueDate)} <Tag color="red">{t('home.overdueDays', { days: p.overdueDays })}</Tag>
                        </span>
                      ),
                    },
                    { title: t('home.unpaid'), dataIndex: 'outstandingAmount', align: 'right', render: (v: string) => formatMoney(v) },
                  ]}
                />
              )}
            </Col>
          </Row>
        </Card>
      </Col>
      <Col xs={24}>
        <ChurnRiskCard query={d} />
      </Col>
    </Row>
  );
}
