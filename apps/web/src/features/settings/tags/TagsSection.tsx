'use client';

import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { SettingsTagsQuery as SettingsTagsResult } from '@/gql/graphql';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { useSettingsT } from '../useSettingsT';
import { DeleteTagDialog } from './DeleteTagDialog';
import { SettingsTagsQuery } from './documents';

type TagRow = SettingsTagsResult['tags'][number];

/** 标签: every tag in use, and 删除 (for roles with tag.edit; the tab is shown only to them). */
export function TagsSection() {
  const t = useSettingsT();
  const { data, loading, error, refetch } = useQuery(SettingsTagsQuery, { fetchPolicy: 'cache-and-network' });
  const [deleting, setDeleting] = useState<TagRow | null>(null);

  if (error && !data) return <LoadFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const columns: TableColumnsType<TagRow> = [
    { title: t('tags.name'), key: 'name', render: (_, r) => <Tag color={r.color ?? undefined}>{r.name}</Tag> },
    { title: t('tags.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatBusinessTime(v) },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, r) => (
        <Button size="small" type="link" danger onClick={() => setDeleting(r)}>
          {t('delete')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('tags.hint')}</Typography.Text>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.tags ?? []}
        loading={loading && !data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('tags.empty')} /> }}
        data-testid="tags-table"
      />
      <DeleteTagDialog tag={deleting} onClose={() => setDeleting(null)} />
    </Flex>
  );
}
