'use client';

import { enumLabel } from '../../domain';
import { Table, Tag } from 'antd';
import Link from 'next/link';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { formatDate, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const ContractsTabFragment = graphql(`
  fragment ContractsTab_customer on Customer {
    id
    contracts(first: 50) {
      id
      number
      title
      amount
      status
      signedAt
      startDate
      endDate
      receivable {
        received
        outstanding
      }
    }
  }
`);

const STATUS_COLOR: Record<string, string> = { DRAFT: 'default', PENDING: 'orange', APPROVED: 'blue', SIGNED: 'green', COMPLETED: 'cyan', TERMINATED: 'red' };

/** 合同: every contract with the customer, amount, state and what is still to be received. */
export function ContractsTab(props: { customer: FragmentType<typeof ContractsTabFragment> }) {
  const customer = getFragmentData(ContractsTabFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 760 }}
      pagination={false}
      dataSource={customer.contracts}
      locale={{ emptyText: <EmptyHint>{t('contracts.empty')}</EmptyHint> }}
      columns={[
        { title: t('contracts.number'), dataIndex: 'number', render: (v: string, c) => <Link href={`/contracts/${c.id}`}>{v}</Link> },
        { title: t('contracts.title'), dataIndex: 'title' },
        { title: t('contracts.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
        { title: t('contracts.status'), dataIndex: 'status', render: (v: string) => <Tag color={STATUS_COLOR[v]}>{enumLabel('ContractStatus', v, locale)}</Tag> },
        { title: t('contracts.signedAt'), dataIndex: 'signedAt', render: (v: string | null) => formatDate(v) },
        { title: t('contracts.period'), key: 'period', render: (_, c) => (c.startDate || c.endDate ? `${formatDate(c.startDate)} ~ ${formatDate(c.endDate)}` : '—') },
        { title: t('contracts.received'), key: 'received', align: 'right', render: (_, c) => formatMoney(c.receivable.received) },
        { title: t('contracts.outstanding'), key: 'outstanding', align: 'right', render: (_, c) => formatMoney(c.receivable.outstanding) },
      ]}
    />
  );
}
