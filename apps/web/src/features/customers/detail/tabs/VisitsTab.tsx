'use client';

import { enumLabel } from '../../domain';
import { Table, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { formatDateTime } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const VisitsTabFragment = graphql(`
  fragment VisitsTab_customer on Customer {
    id
    visits {
      id
      topic
      type
      plannedAt
      actualAt
      recorded
      satisfaction
      owner {
        id
        name
      }
    }
  }
`);

/** 回访: planned and recorded return visits with their satisfaction. */
export function VisitsTab(props: { customer: FragmentType<typeof VisitsTabFragment> }) {
  const customer = getFragmentData(VisitsTabFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 640 }}
      pagination={false}
      dataSource={customer.visits}
      locale={{ emptyText: <EmptyHint>{t('visits.empty')}</EmptyHint> }}
      columns={[
        { title: t('visits.topic'), dataIndex: 'topic' },
        { title: t('visits.type'), dataIndex: 'type', render: (v: string) => enumLabel('VisitType', v, locale) },
        { title: t('visits.plannedAt'), dataIndex: 'plannedAt', render: (v: string) => formatDateTime(v) },
        { title: t('visits.actualAt'), dataIndex: 'actualAt', render: (v: string | null) => formatDateTime(v) },
        {
          title: t('visits.status'),
          dataIndex: 'recorded',
          render: (v: boolean) => <Tag color={v ? 'green' : 'orange'}>{v ? t('visits.recorded') : t('visits.planned')}</Tag>,
        },
        { title: t('visits.satisfaction'), dataIndex: 'satisfaction', render: (v: string | null) => (v ? enumLabel('Satisfaction', v, locale) : '—') },
        { title: t('visits.owner'), key: 'owner', render: (_, v) => v.owner.name },
      ]}
    />
  );
}
