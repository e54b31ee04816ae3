'use client';

import { enumLabel } from '../../domain';
import { Table, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { formatDate, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const OpportunitiesTabFragment = graphql(`
  fragment OpportunitiesTab_customer on Customer {
    id
    opportunities(first: 50) {
      id
      name
      amount
      stage
      winRate
      expectedCloseDate
      owner {
        id
        name
      }
    }
  }
`);

/** 商机: the customer's opportunities with amount, stage, win rate and expected close. */
export function OpportunitiesTab(props: { customer: FragmentType<typeof OpportunitiesTabFragment> }) {
  const customer = getFragmentData(OpportunitiesTabFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 640 }}
      pagination={false}
      dataSource={customer.opportunities}
      locale={{ emptyText: <EmptyHint>{t('opportunities.empty')}</EmptyHint> }}
      columns={[
        { title: t('opportunities.name'), dataIndex: 'name' },
        { title: t('opportunities.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
        {
          title: t('opportunities.stage'),
          dataIndex: 'stage',
          render: (v: string) => <Tag color={v === 'WON' ? 'green' : v === 'LOST' ? 'red' : 'blue'}>{enumLabel('OpportunityStage', v, locale)}</Tag>,
        },
        { title: t('opportunities.winRate'), dataIndex: 'winRate', align: 'right', render: (v: number) => `${v}%` },
        { title: t('opportunities.expectedCloseDate'), dataIndex: 'expectedCloseDate', render: (v: string | null) => formatDate(v) },
        { title: t('opportunities.owner'), key: 'owner', render: (_, o) => o.owner.name },
      ]}
    />
  );
}
