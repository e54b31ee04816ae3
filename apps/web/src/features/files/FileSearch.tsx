'use client';

import { SearchOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Input, Modal, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import { useFeatureT } from '@/i18n/feature';
import { useLocale } from '@/i18n/I18nProvider';
import { useApiHttpUrl } from '@/lib/apollo/ApiUrlContext';
import { apiErrorText } from '@/lib/apollo/errorText';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { formatFileSize } from './fileSize';
import { FILE_MESSAGES } from './messages';
import { AttachmentFields, SearchAttachmentsQuery } from './queries';
import { apiLink } from './uploadAttachment';

/** 搜索文件: find attachments by words of their name across every record the user may see (issue 17, item 8). */
export function FileSearch() {
  const m = useFeatureT(FILE_MESSAGES);
  const [locale] = useLocale();
  const graphqlUrl = useApiHttpUrl();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState('');
  const [search, { data, loading, error }] = useLazyQuery(SearchAttachmentsQuery, { fetchPolicy: 'network-only' });

  const rows = (data?.attachments ?? []).map((a) => ({ ...getFragmentData(AttachmentFields, a), customerId: a.customerId }));

  function run(value: string) {
    const q = value.trim();
    if (!q) return;
    setAsked(q);
    void search({ variables: { name: q } }).catch(() => undefined);
  }

  return (
    <>
      <Button icon={<SearchOutlined />} onClick={() => setOpen(true)}>
        {m('search.button')}
      </Button>
      <Modal open={open} title={m('search.title')} footer={null} width={880} onCancel={() => setOpen(false)} destroyOnHidden>
        <Flex vertical gap={12}>
          <Input.Search
            autoFocus
            allowClear
            enterButton
            aria-label={m('search.title')}
            placeholder={m('search.placeholder')}
            loading={loading}
            onSearch={run}
          />
          <Typography.Text type="secondary">{m('search.hint')}</Typography.Text>
          {error ? <Alert type="error" showIcon message={apiErrorText(error, locale)} /> : null}
          {asked && data ? (
            <Table
              rowKey="id"
              size="small"
              data-testid="file-search-results"
              dataSource={rows}
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: m('search.empty', { q: asked }) }}
              columns={[
                {
                  title: m('fileName'),
                  dataIndex: 'fileName',
                  render: (_: unknown, f) => (
                    <a href={apiLink(graphqlUrl, f.downloadUrl)} target="_blank" rel="noopener noreferrer">
                      {f.fileName}
                    </a>
                  ),
                },
                {
                  title: m('category'),
                  dataIndex: 'category',
                  width: 110,
                  render: (_: unknown, f) => <Tag>{m(`categories.${f.category}`)}</Tag>,
                },
                { title: m('size'), dataIndex: 'size', width: 90, render: (_: unknown, f) => formatFileSize(f.size) },
                { title: m('uploader'), width: 90, render: (_: unknown, f) => f.uploadedBy?.name ?? '—' },
                { title: m('uploadedAt'), width: 150, render: (_: unknown, f) => formatBusinessTime(f.uploadedAt) },
                {
                  title: m('actions'),
                  width: 100,
                  render: (_: unknown, f) => (
                    <Link href={`/customers/${f.customerId}?tab=files`} onClick={() => setOpen(false)}>
                      {m('search.customer')}
                    </Link>
                  ),
                },
              ]}
            />
          ) : null}
        </Flex>
      </Modal>
    </>
  );
}
