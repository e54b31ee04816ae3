'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, Flex, Progress, Select, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useFeatureT } from '@/i18n/feature';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { BulkExportsQuery, StartBulkExportMutation } from './documents';
import { navigateToDownload } from './download';
import { bulkExportMessages } from './bulkMessages';
import { useExportT } from './useExportT';

const KINDS = ['CUSTOMERS', 'CONTACTS', 'FOLLOW_UPS', 'OPPORTUNITIES', 'CONTRACTS', 'PAYMENT_PLANS', 'RECEIPTS', 'INVOICES'] as const;
type Kind = (typeof KINDS)[number];
const XLSX_KINDS: Kind[] = ['CUSTOMERS', 'OPPORTUNITIES', 'CONTRACTS', 'RECEIPTS'];
type Format = 'JSONL' | 'XLSX';
const STATUS_COLOR: Record<string, string | undefined> = { QUEUED: undefined, RUNNING: 'processing', DONE: 'green', FAILED: 'red' };

/** 批量导出: start a background export of a whole list, watch its progress, download the file. */
export function BulkExportsPanel() {
  const t = useFeatureT(bulkExportMessages);
  const te = useExportT();
  const { message } = useFeedback();
  const [kind, setKind] = useState<Kind>('CUSTOMERS');
  const [format, setFormat] = useState<Format>('JSONL');
  const { data, error, startPolling, stopPolling } = useQuery(BulkExportsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.bulkExports.edges.map((e) => e.node) ?? [];
  const busy = rows.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  // Poll while something runs (progress moves every batch), stop once everything is settled.
  useEffect(() => {
    if (busy) startPolling(1000);
    else stopPolling();
    return () => stopPolling();
  }, [busy, startPolling, stopPolling]);
  const [start, { loading: starting }] = useMutation(StartBulkExportMutation, { refetchQueries: [BulkExportsQuery] });

  const onStart = async () => {
    try {
      await start({ variables: { input: { kind, format } } });
      void message.success(t('started'));
    } catch (e) {
      const code = (['FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED', 'UNAUTHENTICATED'] as const).find((c) => hasErrorCode(e, c));
      void message.error(code ? te(`errors.${code}`) : te('errors.generic'));
    }
  };

  return (
    <Flex vertical gap={12} style={{ padding: 16, maxWidth: 1200 }}>
      <div>
        <Typography.Title level={4} style={{ marginBottom: 4 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      {hasErrorCode(error, 'FORBIDDEN') ? <Alert type="warning" showIcon title={te('errors.FORBIDDEN')} /> : null}
      <Flex gap={8} align="center" wrap>
        <Typography.Text id="bulk-export-kind-label">{t('kind')}</Typography.Text>
        <Select
          aria-labelledby="bulk-export-kind-label"
          style={{ minWidth: 180 }}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          onChange={(k: Kind) => {
            setKind(k);
            if (!XLSX_KINDS.includes(k)) setFormat('JSONL');
          }}
        />
        <Typography.Text id="bulk-export-format-label">{t('format')}</Typography.Text>
        <Select
          aria-labelledby="bulk-export-format-label"
          style={{ minWidth: 180 }}
          value={format}
          options={(['JSONL', 'XLSX'] as const).map((f) => ({
            value: f,
            label: t(`formats.${f}`),
            disabled: f === 'XLSX' && !XLSX_KINDS.includes(kind),
            title: f === 'XLSX' && !XLSX_KINDS.includes(kind) ? t('xlsxOnlyFor') : undefined,
          }))}
          onChange={(f: Format) => setFormat(f)}
        />
        <Button type="primary" loading={starting} onClick={() => void onStart()}>
          {t('start')}
        </Button>
      </Flex>
      {rows.length === 0 ? (
        <Empty description={t('empty')} />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          pagination={false}
          scroll={{ x: 800 }}
          dataSource={rows}
          columns={[
            { title: t('createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => formatBusinessTime(v) },
            { title: t('kind'), dataIndex: 'kind', width: 150, render: (v: Kind) => t(`kinds.${v}`) },
            { title: t('format'), dataIndex: 'format', width: 140, render: (v: Format) => <Tag>{t(`formats.${v}`)}</Tag> },
            {
              title: t('status'),
              dataIndex: 'status',
              width: 100,
              render: (v: keyof (typeof bulkExportMessages)['zh-CN']['statuses'], r) => (
                <Tag color={STATUS_COLOR[v]} title={r.error ?? undefined}>
                  {t(`statuses.${v}`)}
                </Tag>
              ),
            },
            {
              title: t('progress'),
              key: 'progress',
              render: (_, r) => (
                <Flex vertical>
                  <Progress
                    size="small"
                    percent={r.totalRows ? Math.floor((100 * r.processedRows) / r.totalRows) : r.status === 'DONE' ? 100 : 0}
                    status={r.status === 'FAILED' ? 'exception' : r.status === 'DONE' ? 'success' : 'active'}
                  />
                  <Typography.Text type="secondary">
                    {t('rows', { done: r.processedRows.toLocaleString('zh-CN'), total: (r.totalRows ?? 0).toLocaleString('zh-CN') })}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: '',
              key: 'download',
              width: 100,
              render: (_, r) =>
                r.url ? (
                  <Button size="small" onClick={() => navigateToDownload(r.url!)} aria-label={`${t('download')} ${r.fileName}`}>
                    {t('download')}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
    </Flex>
  );
}
