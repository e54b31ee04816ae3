'use client';

import { Card, Empty, List, Tag, Typography } from 'antd';
import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { ChurnCause } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useHealthT } from './useHealthT';

export const ChurnRiskCard_query = graphql(`
  fragment ChurnRiskCard_query on Query {
    churnRisks(first: 5) {
      totalCount
      items {
        customer {
          id
          name
          grade
          owner {
            id
            name
          }
        }
        causes {
          cause
          since
          detail
          text
        }
      }
    }
  }
`);

const CAUSE_COLOR: Record<ChurnCause, string> = { DORMANT: 'orange', SATISFACTION_DROP: 'gold', OVERDUE: 'red' };

/** 流失风险: the customers at risk the viewer may see, each with its causes (home page and reports). */
export function ChurnRiskCard({ query }: { query: FragmentType<typeof ChurnRiskCard_query> }) {
  const t = useHealthT();
  const [locale] = useLocale();
  const risks = getFragmentData(ChurnRiskCard_query, query).churnRisks;
  const causeText = (c: { cause: ChurnCause; detail: string; text: string }) => {
    if (locale !== 'en') return c.text;
    if (c.cause === 'DORMANT') return `No contact for ${c.detail} days (dormant)`;
    if (c.cause === 'SATISFACTION_DROP') return `Satisfaction fell ${c.detail}`;
    const [due, amount] = c.detail.split(' ');
    return `Receivable due ${due} unpaid: ¥${amount}`;
  };
  return (
    <Card title={`${t('churn.title')} (${risks.totalCount})`} data-testid="churn-risk-card" style={{ height: '100%' }}>
      {risks.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('churn.empty')} />
      ) : (
        <List
          size="small"
          dataSource={risks.items}
          renderItem={(r) => (
            <List.Item key={r.customer.id}>
              <List.Item.Meta
                title={
                  <>
                    <Link href={`/customers/${r.customer.id}`}>{r.customer.name}</Link>{' '}
                    <Typography.Text type="secondary">{r.customer.owner?.name ?? ''}</Typography.Text>
                  </>
                }
                description={r.causes.map((c) => (
                  <Tag
                    key={`${c.cause}-${c.since}`}
                    color={CAUSE_COLOR[c.cause]}
                    title={`${t(`churn.causes.${c.cause}`)} · ${formatBusinessTime(c.since)}`}
                  >
                    {causeText(c)}
                  </Tag>
                ))}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
