'use client';

import { Flex, Table, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { lookup } from '../../i18n';
import { formatDateTime } from '../../format';
import { customerMessages } from '../../messages';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';
import { useLocale } from '@/i18n/I18nProvider';

export const ChangeLogTabFragment = graphql(`
  fragment ChangeLogTab_customer on Customer {
    id
    changeLog(first: 30) {
      totalCount
      edges {
        node {
          id
          at
          action
          entityType
          note
          actor {
            id
            name
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

/** A logged value ({ value: … }) as text. */
export function loggedValue(v: Record<string, unknown> | null | undefined): string {
  const value = v && 'value' in v ? v.value : v;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** 变更日志: who changed what and when, each field's old and new value. */
export function ChangeLogTab(props: { customer: FragmentType<typeof ChangeLogTabFragment> }) {
  const customer = getFragmentData(ChangeLogTabFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
  const dict = customerMessages[locale] ?? customerMessages['zh-CN'];
  // Known actions and field names get words; anything newer shows as the API names it.
  const say = (key: string, fallback: string) => {
    const text = lookup(dict, key);
    return text === key ? fallback : text;
  };
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 640 }}
      pagination={false}
      dataSource={customer.changeLog.edges.map((e) => e.node)}
      locale={{ emptyText: <EmptyHint>{t('changeLog.empty')}</EmptyHint> }}
      columns={[
        { title: t('changeLog.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
        { title: t('changeLog.actor'), key: 'actor', width: 100, render: (_, e) => e.actor?.name ?? t('changeLog.system') },
        { title: t('changeLog.action'), dataIndex: 'action', width: 120, render: (v: string) => say(`changeLog.actions.${v}`, v) },
        {
          title: t('changeLog.changes'),
          key: 'changes',
          render: (_, e) => (
            <Flex vertical gap={2}>
              {e.changes.map((c) => (
                <Typography.Text key={c.field}>
                  {say(`fields.${c.field}`, say(`basic.${c.field}`, c.field))}：{loggedValue(c.before)} → {loggedValue(c.after)}
                </Typography.Text>
              ))}
              {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}
