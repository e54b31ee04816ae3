'use client';

import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { PaymentPlanStatus, ReceiptMethod } from '@/gql/schema';
import { formatDate, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const ReceiptsTabFragment = graphql(`
  fragment ReceiptsTab_customer on Customer {
    id
    receivable {
      contracted
      received
      outstanding
      overdue
    }
    paymentPlans(first: 50) {
      id
      dueDate
      amount
      receivedAmount
      outstandingAmount
      status
      overdueDays
      contract {
        id
        number
      }
    }
    receipts(first: 50) {
      id
      amount
      receivedDate
      method
      contract {
        id
        number
      }
      recordedBy {
        id
        name
      }
    }
  }
`);

const PLAN_COLOR: Record<PaymentPlanStatus, string> = { PENDING: 'default', PARTLY_PAID: 'blue', PAID: 'green', OVERDUE: 'red' };

/** 回款: receivable totals (应收、已收、欠款), the payment plans and every receipt. */
export function ReceiptsTab(props: { customer: FragmentType<typeof ReceiptsTabFragment> }) {
  const customer = getFragmentData(ReceiptsTabFragment, props.customer);
  const t = useCustomerT();
  const r = customer.receivable;
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 2, md: 4 }}
        items={[
          { key: 'c', label: t('detail.contracted'), children: formatMoney(r.contracted) },
          { key: 'r', label: t('detail.received'), children: formatMoney(r.received) },
          { key: 'o', label: t('detail.outstanding'), children: formatMoney(r.outstanding) },
          {
            key: 'd',
            label: t('detail.overdue'),
            children: <Typography.Text type={r.overdue.match(/[1-9]/) ? 'danger' : undefined}>{formatMoney(r.overdue)}</Typography.Text>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('receipts.plans')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        scroll={{ x: 640 }}
        pagination={false}
        dataSource={customer.paymentPlans}
        locale={{ emptyText: <EmptyHint>{t('receipts.noPlans')}</EmptyHint> }}
        columns={[
          { title: t('receipts.contract'), key: 'contract', render: (_, p) => p.contract.number },
          { title: t('receipts.dueDate'), dataIndex: 'dueDate', render: (v: string) => formatDate(v) },
          { title: t('receipts.planAmount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
          { title: t('receipts.receivedAmount'), dataIndex: 'receivedAmount', align: 'right', render: (v: string) => formatMoney(v) },
          { title: t('receipts.outstandingAmount'), dataIndex: 'outstandingAmount', align: 'right', render: (v: string) => formatMoney(v) },
          {
            title: t('receipts.planStatus'),
            dataIndex: 'status',
            render: (v: PaymentPlanStatus) => <Tag color={PLAN_COLOR[v]}>{t(`receipts.planStatuses.${v}`)}</Tag>,
          },
        ]}
      />
      <Table
        rowKey="id"
        size="middle"
        scroll={{ x: 560 }}
        pagination={false}
        dataSource={customer.receipts}
        locale={{ emptyText: <EmptyHint>{t('receipts.empty')}</EmptyHint> }}
        columns={[
          { title: t('receipts.receivedDate'), dataIndex: 'receivedDate', render: (v: string) => formatDate(v) },
          { title: t('receipts.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
          { title: t('receipts.method'), dataIndex: 'method', render: (v: ReceiptMethod) => t(`receipts.methods.${v}`) },
          { title: t('receipts.contract'), key: 'contract', render: (_, x) => x.contract.number },
          { title: t('receipts.recordedBy'), key: 'by', render: (_, x) => x.recordedBy?.name ?? '—' },
        ]}
      />
    </Flex>
  );
}
