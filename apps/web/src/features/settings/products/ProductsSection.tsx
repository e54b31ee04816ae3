'use client';

import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Input, Result, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { ProductRowFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { ProductRowFragment as RowFragment, ProductsSettingsQuery, UpdateProductMutation } from './documents';
import { ProductModal } from './ProductModal';

type Row = ProductRowFragment;

/** 商品 (admins): the catalogue contract lines pick from; retire instead of delete. */
export function ProductsSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<{ product: Row | null } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(ProductsSettingsQuery, {
    variables: { filter: { search: search.trim() || null } },
  });
  const [update] = useMutation(UpdateProductMutation);
  const rows = (data?.products.edges ?? []).map((e) => getFragmentData(RowFragment, e.node));
  const reload = () => void refetch().catch(() => undefined);

  async function setActive(p: Row, active: boolean) {
    setBusy(p.id);
    try {
      await update({ variables: { id: p.id, version: p.version, input: { active } } });
    } catch (e) {
      message.error(apiErrorText(e, locale));
      reload();
    } finally {
      setBusy(null);
    }
  }

  if (error && !data) {
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={apiErrorText(error, locale)}
        extra={<Button onClick={reload}>{t('retry')}</Button>}
      />
    );
  }

  const columns: ColumnsType<Row> = [
    { key: 'code', title: t('products.code'), render: (_, p) => <code>{p.code}</code> },
    { key: 'name', title: t('products.name'), render: (_, p) => <Typography.Text delete={!p.active}>{p.name}</Typography.Text> },
    { key: 'unit', title: t('products.unit'), dataIndex: 'unit', responsive: ['sm'] },
    { key: 'listPrice', title: t('products.listPrice'), align: 'right', render: (_, p) => `¥${p.listPrice}` },
    {
      key: 'status',
      title: t('products.active'),
      render: (_, p) => (p.active ? <Tag color="green">{t('products.active')}</Tag> : <Tag>{t('products.retired')}</Tag>),
    },
    { key: 'remark', title: t('products.remark'), responsive: ['lg'], render: (_, p) => p.remark ?? '—' },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, p) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing({ product: p })}>
            {t('edit')}
          </Button>
          <Button size="small" loading={busy === p.id} onClick={() => void setActive(p, !p.active)}>
            {p.active ? t('products.retire') : t('products.reactivate')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={12} wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('products.search')}
          aria-label={t('products.search')}
          style={{ width: 240 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ product: null })}>
          {t('products.newProduct')}
        </Button>
      </Flex>
      <Table<Row>
        rowKey="id"
        data-testid="products"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: loading ? (
            ' '
          ) : (
            <Empty
              description={
                <Flex vertical>
                  <span>{t('products.empty')}</span>
                  <Typography.Text type="secondary">{t('products.emptyHint')}</Typography.Text>
                </Flex>
              }
            />
          ),
        }}
        footer={
          data?.products.pageInfo.hasNextPage
            ? () => (
                <Button
                  block
                  onClick={() =>
                    void fetchMore({
                      variables: { after: data.products.pageInfo.endCursor },
                      updateQuery: (prev, { fetchMoreResult }) => ({
                        products: { ...fetchMoreResult.products, edges: [...prev.products.edges, ...fetchMoreResult.products.edges] },
                      }),
                    }).catch((e: unknown) => message.error(apiErrorText(e, locale)))
                  }
                >
                  {t('products.loadMore')}
                </Button>
              )
            : undefined
        }
      />
      <ProductModal
        open={!!editing}
        product={editing?.product ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Flex>
  );
}
