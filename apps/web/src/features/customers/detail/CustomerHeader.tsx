'use client';

import { useMutation } from '@apollo/client/react';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { enumLabel } from '../domain';
import { App, Button, Card, Descriptions, Flex, Select, Space, Tag, Tooltip, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { errorText } from '../errors';
import { formatDateTime, formatMoney, isPositiveMoney } from '../format';
import { useCustomerT } from '../useCustomerT';

export const CustomerHeaderFragment = graphql(`
  fragment CustomerHeader_customer on Customer {
    id
    name
    type
    grade
    status
    inPool
    creditRating
    nextFollowUpAt
    lastFollowUpAt
    owner {
      id
      name
    }
    tags {
      id
      name
      color
    }
    receivable {
      contracted
      received
      outstanding
      overdue
      longestOverdueDays
    }
  }
`);

// Tag changes answer with the customer's tags: the header updates from the reply, no refetch.
const AddTagsMutation = graphql(`
  mutation AddCustomerTags($customerId: ID!, $names: [String!]!) {
    addTags(customerId: $customerId, names: $names) {
      id
      version
      tags {
        id
        name
        color
      }
    }
  }
`);
const RemoveTagsMutation = graphql(`
  mutation RemoveCustomerTags($customerId: ID!, $names: [String!]!) {
    removeTags(customerId: $customerId, names: $names) {
      id
      version
      tags {
        id
        name
        color
      }
    }
  }
`);

const GRADE_COLOR: Record<string, string> = { VIP: 'gold', IMPORTANT: 'volcano', NORMAL: 'blue', POTENTIAL: 'default' };
const CREDIT_COLOR: Record<string, string> = { A: 'green', B: 'orange', C: 'red' };

/** The 360 page's header: who the customer is, who owns it, tags, credit, money owed, next follow-up. */
export function CustomerHeader(props: {
  customer: FragmentType<typeof CustomerHeaderFragment>;
  allTags: readonly { id: string; name: string }[];
  canEdit: boolean;
  canTag: boolean;
  onEdit: () => void;
}) {
  const c = getFragmentData(CustomerHeaderFragment, props.customer);
  const t = useCustomerT();
  const [locale] = useLocale();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [addTags, { loading: addingTag }] = useMutation(AddTagsMutation);
  const [removeTags] = useMutation(RemoveTagsMutation);

  const add = async (names: string[]) => {
    const clean = names.map((n) => n.trim()).filter(Boolean);
    if (!clean.length) return;
    try {
      await addTags({ variables: { customerId: c.id, names: clean } });
      message.success(t('detail.tagAdded'));
      setAdding(false);
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  const remove = async (name: string) => {
    try {
      await removeTags({ variables: { customerId: c.id, names: [name] } });
      message.success(t('detail.tagRemoved'));
    } catch (error) {
      message.error(errorText(error, t));
    }
  };
  const r = c.receivable;
  const have = new Set(c.tags.map((x) => x.name));

  return (
    <Card>
      <Flex vertical gap={12}>
        <Link href="/customers">
          <ArrowLeftOutlined /> {t('detail.back')}
        </Link>
        <Flex justify="space-between" align="flex-start" wrap gap={12}>
          <Flex vertical gap={8} style={{ minWidth: 0 }}>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-name">
              {c.name}
            </Typography.Title>
            <Space wrap size={[4, 4]}>
              <Tag>{t(`enums.type.${c.type}`)}</Tag>
              <Tag color={GRADE_COLOR[c.grade]}>{t(`enums.grade.${c.grade}`)}</Tag>
              {c.status === 'DEACTIVATED' ? <Tag color="red">{t('detail.deactivated')}</Tag> : null}
              {c.inPool ? <Tag color="purple">{t('detail.pool')}</Tag> : null}
              <Tooltip title={t('detail.credit')}>
                <Tag color={CREDIT_COLOR[c.creditRating]}>
                  {t('detail.credit')} {enumLabel('CreditRating', c.creditRating, locale)}
                </Tag>
              </Tooltip>
            </Space>
          </Flex>
          {props.canEdit ? (
            <Button icon={<EditOutlined />} onClick={props.onEdit}>
              {t('detail.edit')}
            </Button>
          ) : null}
        </Flex>
        <Flex gap={6} wrap align="center" data-testid="customer-tags">
          {c.tags.map((tag) => (
            <Tag
              key={tag.id}
              color={tag.color ?? 'processing'}
              closable={props.canTag}
              onClose={(e) => {
                e.preventDefault();
                void remove(tag.name);
              }}
            >
              {tag.name}
            </Tag>
          ))}
          {props.canTag ? (
            adding ? (
              <Select
                mode="tags"
                autoFocus
                open
                size="small"
                style={{ minWidth: 180 }}
                placeholder={t('detail.tagPlaceholder')}
                aria-label={t('detail.addTag')}
                loading={addingTag}
                options={props.allTags.filter((x) => !have.has(x.name)).map((x) => ({ value: x.name, label: x.name }))}
                onChange={(names: string[]) => void add(names)}
                onBlur={() => setAdding(false)}
              />
            ) : (
              <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('detail.addTag')}
              </Button>
            )
          ) : null}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'owner', label: t('fields.owner'), children: c.owner?.name ?? t('list.pool') },
            {
              key: 'next',
              label: t('detail.nextFollowUp'),
              children: c.nextFollowUpAt ? formatDateTime(c.nextFollowUpAt) : t('detail.none'),
            },
            { key: 'last', label: t('detail.lastFollowUp'), children: c.lastFollowUpAt ? formatDateTime(c.lastFollowUpAt) : t('list.never') },
            {
              key: 'receivable',
              label: t('detail.receivable'),
              children: (
                <span data-testid="receivable">
                  {t('detail.received')} {formatMoney(r.received)} / {t('detail.contracted')} {formatMoney(r.contracted)}
                  {isPositiveMoney(r.outstanding) ? ` · ${t('detail.outstanding')} ${formatMoney(r.outstanding)}` : ''}
                  {isPositiveMoney(r.overdue) ? (
                    <Typography.Text type="danger">
                      {' '}
                      · {t('detail.overdue')} {formatMoney(r.overdue)}（{t('detail.overdueDays', { days: r.longestOverdueDays })}）
                    </Typography.Text>
                  ) : null}
                </span>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

/** For component tests that answer the mutation. */
export const AddTagsMutationForTest = AddTagsMutation;
