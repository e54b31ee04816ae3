'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Popconfirm, Result, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '@/gql';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { formatDateTime } from '../format';
import { can } from '../permissions';
import { EmptyHint } from '../ui';
import { useCurrentUser } from '../useCurrentUser';
import { useCustomerT } from '../useCustomerT';

const RecycleBinQuery = graphql(`
  query RecycleBin($first: Int, $after: String) {
    recycleBin(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          type
          grade
          deletedAt
          owner {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const RestoreCustomerDoc = graphql(`
  mutation RestoreCustomer($id: ID!) {
    restoreCustomer(id: $id) {
      id
      name
      deletedAt
    }
  }
`);
const PurgeCustomerDoc = graphql(`
  mutation PurgeCustomer($id: ID!) {
    purgeCustomer(id: $id)
  }
`);

const PAGE = 20;

/** 回收站 (admins and managers): deleted customers; restore, or purge for good (admins). */
export function RecycleBinView() {
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const user = useCurrentUser();
  const { message } = useFeedback();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const allowed = can(user?.role, 'customer.recycleBin');
  const { data, previousData, loading, error, refetch } = useQuery(RecycleBinQuery, {
    variables: { first: PAGE, after },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const [restore] = useMutation(RestoreCustomerDoc);
  const [purge] = useMutation(PurgeCustomerDoc);
  const shown = data ?? previousData;

  if (user && !allowed)
    return (
      <Card>
        <Result status="403" title={t('recycle.forbidden')} />
      </Card>
    );
  if (error && !shown) {
    return (
      <Card>
        <Result
          status="error"
          title={t('list.loadFailed')}
          subTitle={errorText(error)}
          extra={<Button onClick={() => void refetch()}>{t('list.retry')}</Button>}
        />
      </Card>
    );
  }

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
      await refetch();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const pageInfo = shown?.recycleBin.pageInfo;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('recycle.title')}
          </Typography.Title>
          {shown ? <Typography.Text type="secondary">{t('list.total', { count: shown.recycleBin.totalCount })}</Typography.Text> : null}
        </Flex>
        <Link href="/customers">{t('detail.back')}</Link>
      </Flex>
      <Typography.Text type="secondary">{t('recycle.intro')}</Typography.Text>
      <Card>
        <Table
          rowKey="id"
          loading={loading}
          pagination={false}
          scroll={{ x: 720 }}
          dataSource={shown?.recycleBin.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: shown ? <EmptyHint>{t('recycle.empty')}</EmptyHint> : <span /> }}
          columns={[
            { title: t('fields.name'), dataIndex: 'name' },
            { title: t('fields.type'), key: 'type', render: (_, c) => t(`enums.type.${c.type}`) },
            { title: t('fields.grade'), key: 'grade', render: (_, c) => <Tag>{t(`enums.grade.${c.grade}`)}</Tag> },
            { title: t('fields.owner'), key: 'owner', render: (_, c) => c.owner?.name ?? t('list.pool') },
            { title: t('recycle.deletedAt'), key: 'deletedAt', render: (_, c) => formatDateTime(c.deletedAt) },
            {
              key: 'actions',
              title: '',
              render: (_, c) => (
                <Flex gap={8}>
                  <Button
                    size="small"
                    onClick={() => void act(() => restore({ variables: { id: c.id } }), t('recycle.restored', { name: c.name }))}
                  >
                    {t('recycle.restore')}
                  </Button>
                  {can(user?.role, 'customer.purge') ? (
                    <Popconfirm
                      title={t('recycle.purgeConfirm', { name: c.name })}
                      okText={t('recycle.purge')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('bulk.cancel')}
                      onConfirm={() => act(() => purge({ variables: { id: c.id } }), t('recycle.purged'))}
                    >
                      <Button size="small" danger>
                        {t('recycle.purge')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
        <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
          <Button disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
            {t('list.prev')}
          </Button>
          <Button disabled={!pageInfo?.hasNextPage} onClick={() => pageInfo?.endCursor && setCursors((c) => [...c, pageInfo.endCursor!])}>
            {t('list.next')}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}
