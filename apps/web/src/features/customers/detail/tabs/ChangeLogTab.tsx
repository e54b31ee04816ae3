'use client';

import { Flex, Table, Typography } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { sayAction, sayChanges, sayEntryTitle } from '@kehu/domain/change-words';
import { isMessage, renderMessage } from '@kehu/domain/messages/index';
import { BUSINESS_TIME_ZONE } from '@/lib/time/businessTime';
import { formatDateTime } from '../../format';
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
          entityId
          noteMessage
          names {
            kind
            ref
            name
          }
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

/** The names of an entry's ids and the labels of its custom fields, as the domain's words want them. */
function wordsContext(names: readonly { kind: string; ref: string; name: string }[], customerId: string) {
  const byId: Record<string, string> = {};
  const customFieldLabels: Record<string, string> = {};
  for (const n of names) {
    if (n.kind === 'customField') customFieldLabels[n.ref] = n.name;
    else byId[n.ref] = n.name;
  }
  return { names: byId, customFieldLabels, customerId, timeZone: BUSINESS_TIME_ZONE };
}

/**
 * 变更日志: who changed what and when, in business words (issue 15): field and enum labels from the domain's
 * catalogue, names instead of ids, a contact's changes titled by the contact's name, custom fields by label, the
 * note as a keyed message — all in the reader's language.
 */
export function ChangeLogTab(props: { customer: FragmentType<typeof ChangeLogTabFragment> }) {
  const customer = getFragmentData(ChangeLogTabFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
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
        {
          title: t('changeLog.action'),
          key: 'action',
          width: 160,
          render: (_, e) => {
            const title = sayEntryTitle(e, locale, wordsContext(e.names, customer.id));
            return (
              <Flex vertical gap={0}>
                <span>{sayAction(e.action, locale)}</span>
                {title ? <Typography.Text type="secondary">{title}</Typography.Text> : null}
              </Flex>
            );
          },
        },
        {
          title: t('changeLog.changes'),
          key: 'changes',
          render: (_, e) => (
            <Flex vertical gap={2}>
              {sayChanges(e, locale, wordsContext(e.names, customer.id)).map((c, i) => (
                <Typography.Text key={`${c.label}-${i}`}>
                  {c.label}：{c.before} → {c.after}
                </Typography.Text>
              ))}
              {e.noteMessage && isMessage(e.noteMessage) ? (
                <Typography.Text type="secondary">{renderMessage(e.noteMessage, locale, { timeZone: BUSINESS_TIME_ZONE })}</Typography.Text>
              ) : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}
