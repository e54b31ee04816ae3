'use client';

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Popconfirm, Result, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { CustomFieldRowFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { CustomFieldModal } from './CustomFieldModal';
import { CustomFieldRowFragment as RowFragment, CustomFieldsSettingsQuery, DeleteCustomFieldMutation } from './documents';

type Row = CustomFieldRowFragment;

/** 自定义字段 (admins): the extra customer fields, in form order. */
export function CustomFieldsSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const { data, loading, error, refetch } = useQuery(CustomFieldsSettingsQuery);
  const [remove] = useMutation(DeleteCustomFieldMutation);
  const [editing, setEditing] = useState<{ field: Row | null } | null>(null);
  const rows = (data?.customFields ?? []).map((f) => getFragmentData(RowFragment, f));
  const reload = () => void refetch().catch(() => undefined);

  async function del(f: Row) {
    try {
      await remove({ variables: { id: f.id } });
      message.success(t('customFields.deleted', { label: f.label }));
      reload();
    } catch (e) {
      message.error(apiErrorText(e, locale));
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
    { key: 'label', title: t('customFields.label'), dataIndex: 'label' },
    { key: 'key', title: t('customFields.key'), responsive: ['md'], render: (_, f) => <code>{f.key}</code> },
    { key: 'kind', title: t('customFields.kind'), render: (_, f) => <Tag>{t(`customFields.kinds.${f.kind}`)}</Tag> },
    {
      key: 'options',
      title: t('customFields.options'),
      responsive: ['md'],
      render: (_, f) =>
        f.options.length ? (
          <Space size={[0, 4]} wrap>
            {f.options.map((o) => (
              <Tag key={o}>{o}</Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    { key: 'required', title: t('customFields.required'), render: (_, f) => (f.required ? <Tag color="red">{t('yes')}</Tag> : t('no')) },
    { key: 'position', title: t('customFields.position'), dataIndex: 'position', responsive: ['lg'] },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, f) => (
        <Space size={4}>
          <Button size="small" onClick={() => setEditing({ field: f })}>
            {t('edit')}
          </Button>
          <Popconfirm
            title={t('customFields.deleteConfirm', { label: f.label })}
            okText={t('yes')}
            cancelText={t('no')}
            okButtonProps={{ danger: true }}
            onConfirm={() => void del(f)}
          >
            <Button size="small" danger>
              {t('delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ field: null })}>
          {t('customFields.newField')}
        </Button>
      </Flex>
      <Table<Row>
        rowKey="id"
        data-testid="custom-fields"
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
                  <span>{t('customFields.empty')}</span>
                  <Typography.Text type="secondary">{t('customFields.emptyHint')}</Typography.Text>
                </Flex>
              }
            />
          ),
        }}
      />
      <CustomFieldModal
        open={!!editing}
        field={editing?.field ?? null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
    </Flex>
  );
}
