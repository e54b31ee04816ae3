'use client';

import { Table, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { formatDate, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const InvoicesTabFragment = graphql(`
  fragment InvoicesTab_customer on Customer {
    id
    invoices(first: 50) {
      id
      number
      type
      amount
      issuedDate
      status
      contract {
        id
        number
      }
    }
  }
`);

/** 发票: invoices issued to the customer, with amount, date and state. */
export function InvoicesTab(props: { customer: FragmentType<typeof InvoicesTabFragment> }) {
  const customer = getFragmentData(InvoicesTabFragment, props.customer);
  const t = useCustomerT();
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 640 }}
      pagination={false}
      dataSource={customer.invoices}
      locale={{ emptyText: <EmptyHint>{t('invoices.empty')}</EmptyHint> }}
      columns={[
        { title: t('invoices.number'), dataIndex: 'number' },
        {
          title: t('invoices.type'),
          dataIndex: 'type',
          render: (v: 'VAT_SPECIAL' | 'VAT_NORMAL' | 'E_INVOICE') => t(`invoices.types.${v}`),
        },
        { title: t('invoices.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
        { title: t('invoices.issuedDate'), dataIndex: 'issuedDate', render: (v: string) => formatDate(v) },
        {
          title: t('invoices.status'),
          dataIndex: 'status',
          render: (v: 'ISSUED' | 'VOIDED') => <Tag color={v === 'VOIDED' ? 'default' : 'green'}>{t(`invoices.statuses.${v}`)}</Tag>,
        },
        { title: t('invoices.contract'), key: 'contract', render: (_, i) => i.contract.number },
      ]}
    />
  );
}
