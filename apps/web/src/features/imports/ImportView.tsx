'use client';

import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { DownloadOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Flex,
  Popconfirm,
  Progress,
  Result,
  Segmented,
  Select,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '@/gql';
import type { ImportChoice, ImportJobViewQuery as ImportJobViewData, ImportKind } from '@/gql/graphql';
import { apiErrorInfo } from '@/lib/apollo/errors';
import { localizeServerMessage } from '@/lib/apollo/errorText';
import type { Locale } from '@/i18n';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useFeatureT, type FeatureT } from '@/i18n/feature';
import { importMessages, type ImportMessages } from './messages';
import { RecentImports } from './RecentImports';
import { UploadError, type UploadedImport } from './uploadFile';

type ImportT = FeatureT<ImportMessages>;

export const ImportTemplateQuery = graphql(`
  query ImportTemplate($kind: ImportKind!) {
    importTemplate(kind: $kind) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const ImportJobViewQuery = graphql(`
  query ImportJobView($id: ID!) {
    importJob(id: $id) {
      id
      kind
      fileName
      status
      totalRows
      errorRows
      duplicateRows
      processedRows
      createdCount
      updatedCount
      skippedCount
      failedCount
      progress
      lastError
      revertReport
      rows(first: 100, problemsOnly: true) {
        totalCount
        edges {
          node {
            rowNumber
            status
            data
            choice
            allowedChoices
            message
            errors {
              column
              message
            }
            duplicates {
              source
              reason
              name
              ownerName
              rowNumber
            }
          }
        }
      }
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartImport($id: ID!, $choices: [ImportChoiceInput!]!, $ownerId: ID) {
    startImport(id: $id, choices: $choices, ownerId: $ownerId) {
      id
      status
      progress
      processedRows
    }
  }
`);

/** Whom created customers may be given to: users you may list (managers: their team; admins: everyone). */
export const ImportOwnersQuery = graphql(`
  query ImportOwners {
    me {
      id
    }
    users(first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);

export const RevertImportMutation = graphql(`
  mutation RevertImport($id: ID!) {
    revertImport(id: $id) {
      id
      status
      progress
      revertReport
    }
  }
`);

type Job = NonNullable<ImportJobViewData['importJob']>;
type Row = Job['rows']['edges'][number]['node'];

function errorText(error: unknown, t: ImportT, locale: Locale): string {
  if (error instanceof UploadError) {
    if (error.code === 'NETWORK') return t('errors.network');
    const base = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(error.code ?? '')
      ? t(`errors.${error.code}` as 'errors.generic')
      : t('errors.generic');
    return error.code === 'BAD_USER_INPUT' ? `${base}：${localizeServerMessage(error, locale)}` : base;
  }
  const info = apiErrorInfo(error);
  if (!info) return t('errors.network');
  const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'].includes(info.code ?? '');
  const base = known ? t(`errors.${info.code}` as 'errors.generic') : t('errors.generic');
  return info.code === 'BAD_USER_INPUT' ? `${base}：${localizeServerMessage(info, locale)}` : base;
}

function download(fileName: string, contentType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface ImportViewProps {
  /** An import to show (from the URL, so a reload or a later visit shows its progress). */
  initialJobId?: string | null;
  /** Sends the file to the API (the page wires the session token and API URL). */
  upload: (file: File, kind: ImportKind) => Promise<UploadedImport>;
}

/** 批量导入: template download, upload, preview with errors and duplicate choices, live progress, summary, revert. */
export function ImportView({ initialJobId, upload }: ImportViewProps) {
  const t = useFeatureT(importMessages);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const client = useApolloClient();
  const [jobId, setJobId] = useState<string | null>(initialJobId ?? null);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [choices, setChoices] = useState<Record<number, ImportChoice>>({});
  const [pickedKind, setKind] = useState<ImportKind>('CUSTOMERS');
  const [ownerId, setOwnerId] = useState<string | null>(null);

  const { data, loading, error, startPolling, stopPolling } = useQuery(ImportJobViewQuery, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    fetchPolicy: 'network-only',
  });
  const job = data?.importJob ?? null;
  const kind = job?.kind ?? pickedKind;
  const active = job?.status === 'QUEUED' || job?.status === 'RUNNING';
  // Poll the job record while the background run works (it keeps going if this page closes).
  useEffect(() => {
    if (active) startPolling(1000);
    else stopPolling();
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);

  const [startImport, start] = useMutation(StartImportMutation);
  const [revertImport, revert] = useMutation(RevertImportMutation);

  const setUrl = (id: string | null) => {
    if (typeof window === 'undefined') return;
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('id', id);
    else url.searchParams.delete('id');
    window.history.replaceState(null, '', url.toString());
  };

  const onFile = async (file: File) => {
    setUploadError(null);
    setUploading(file.name);
    try {
      const res = await upload(file, kind);
      setChoices({});
      setJobId(res.id);
      setUrl(res.id);
    } catch (e) {
      setUploadError(errorText(e, t, locale));
    } finally {
      setUploading(null);
    }
  };

  const onDownload = async () => {
    setDownloading(true);
    try {
      const res = await client.query({ query: ImportTemplateQuery, variables: { kind }, fetchPolicy: 'network-only' });
      const tpl = res.data?.importTemplate;
      if (tpl) download(tpl.fileName, tpl.contentType, tpl.contentBase64);
    } catch (e) {
      message.error(errorText(e, t, locale));
    } finally {
      setDownloading(false);
    }
  };

  const onStart = async () => {
    if (!job) return;
    const list = Object.entries(choices).map(([rowNumber, choice]) => ({ rowNumber: Number(rowNumber), choice }));
    try {
      await startImport({ variables: { id: job.id, choices: list, ownerId } });
      startPolling(1000);
    } catch (e) {
      message.error(errorText(e, t, locale));
    }
  };

  const onRevert = async () => {
    if (!job) return;
    try {
      await revertImport({ variables: { id: job.id } });
    } catch (e) {
      message.error(errorText(e, t, locale));
    }
  };

  const reset = () => {
    setJobId(null);
    setChoices({});
    setUrl(null);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Link href="/customers">{t('back')}</Link>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>

      <Card title={t('template.title')} size="small">
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          <Segmented<ImportKind>
            aria-label={t('template.kind')}
            value={kind}
            disabled={!!jobId}
            onChange={setKind}
            options={(['CUSTOMERS', 'CONTACTS', 'FOLLOW_UPS'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          <Typography.Text type="secondary">{t(`kindHint.${kind}`)}</Typography.Text>
        </Flex>
        <Flex gap={12} wrap align="center">
          <Button icon={<DownloadOutlined />} onClick={() => void onDownload()} loading={downloading}>
            {downloading ? t('template.downloading') : t('template.download')}
          </Button>
          <Typography.Text type="secondary">{t('template.hint')}</Typography.Text>
        </Flex>
      </Card>

      {!jobId && (
        <Card title={t('upload.title')} size="small">
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={!!uploading}
            beforeUpload={(file) => {
              void onFile(file as unknown as File);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? t('upload.uploading', { name: uploading }) : t('upload.drop')}</p>
            <p className="ant-upload-hint">{t('upload.limit')}</p>
          </Upload.Dragger>
          {uploadError && <Alert style={{ marginTop: 12 }} type="error" showIcon title={uploadError} data-testid="upload-error" />}
        </Card>
      )}

      {!jobId && (
        <RecentImports
          onOpen={(id) => {
            setJobId(id);
            setUrl(id);
          }}
        />
      )}

      {jobId &&
        !job &&
        (loading ? (
          <Card data-testid="import-loading">
            <Skeleton active />
          </Card>
        ) : error ? (
          <Alert
            type="error"
            showIcon
            title={errorText(error, t, locale)}
            action={<Button onClick={reset}>{t('upload.another')}</Button>}
          />
        ) : null)}

      {job?.status === 'VALIDATED' && (
        <Preview
          job={job}
          t={t}
          choices={choices}
          onChoice={(n, c) => setChoices((old) => ({ ...old, [n]: c }))}
          ownerId={ownerId}
          onOwner={setOwnerId}
          onStart={() => void onStart()}
          starting={start.loading}
          onReset={reset}
        />
      )}

      {job && job.status !== 'VALIDATED' && (
        <Card title={t('run.title')} size="small">
          <Flex vertical gap={12}>
            <Progress
              percent={job.progress}
              status={job.status === 'FAILED' ? 'exception' : job.progress >= 100 ? 'success' : 'active'}
              data-testid="import-progress"
              data-percent={job.progress}
              aria-valuenow={job.progress}
            />
            {job.status === 'QUEUED' && <Typography.Text type="secondary">{t('run.queued')}</Typography.Text>}
            {job.status === 'RUNNING' && (
              <Typography.Text type="secondary">{t('run.running', { done: job.processedRows, total: job.totalRows })}</Typography.Text>
            )}
            {job.status === 'FAILED' && (
              <Alert
                type="error"
                showIcon
                title={t('run.failed', { error: job.lastError ?? '' })}
                action={<Button onClick={() => void onStart()}>{t('run.resume')}</Button>}
              />
            )}
            {(job.status === 'DONE' || job.status === 'REVERTED') && (
              <Summary job={job} t={t} onRevert={() => void onRevert()} reverting={revert.loading} onReset={reset} />
            )}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

function problemText(row: Row, t: ImportT): string[] {
  const lines = row.errors.map((e) => (e.column ? `${e.column}：${e.message}` : e.message));
  for (const d of row.duplicates) {
    const reason = t(`reason.${d.reason}` as 'reason.SAME_NAME');
    if (d.source === 'FILE') lines.push(t('preview.dupFile', { row: d.rowNumber ?? '', name: d.name, reason }));
    else if (d.reason === 'SAME_FOLLOW_UP') lines.push(t('preview.dupRecord', { name: d.name }));
    else lines.push(t('preview.dupDb', { name: d.name, reason, owner: d.ownerName ?? t('preview.pool') }));
  }
  if (!lines.length && row.message) lines.push(row.message);
  return lines;
}

function ProblemTable({
  job,
  t,
  choices,
  onChoice,
}: {
  job: Job;
  t: ImportT;
  choices?: Record<number, ImportChoice>;
  onChoice?: (row: number, c: ImportChoice) => void;
}) {
  const rows = job.rows.edges.map((e) => e.node);
  return (
    <>
      {job.rows.totalCount > rows.length && (
        <Typography.Text type="secondary">{t('preview.shownOf', { shown: rows.length, total: job.rows.totalCount })}</Typography.Text>
      )}
      <Table<Row>
        size="small"
        rowKey="rowNumber"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 640 }}
        data-testid="import-problems"
        columns={[
          { title: t('preview.row'), dataIndex: 'rowNumber', width: 70 },
          {
            title: t('preview.name'),
            width: 200,
            render: (_, r) =>
              String((r.data as { name?: string; customerName?: string }).customerName || (r.data as { name?: string }).name || '—'),
          },
          {
            title: t('preview.problem'),
            render: (_, r) => (
              <Flex vertical gap={2}>
                {problemText(r, t).map((line, i) => (
                  <Typography.Text key={i} type={r.errors.length ? 'danger' : 'warning'}>
                    {line}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          {
            title: t('preview.choice'),
            width: 170,
            render: (_, r) =>
              onChoice && r.allowedChoices.length ? (
                <Select<ImportChoice>
                  size="small"
                  style={{ width: 150 }}
                  aria-label={`${t('preview.choice')} ${r.rowNumber}`}
                  value={choices?.[r.rowNumber] ?? 'SKIP'}
                  onChange={(c) => onChoice(r.rowNumber, c)}
                  options={r.allowedChoices.map((c) => ({ value: c, label: t(`choice.${c}` as 'choice.SKIP') }))}
                />
              ) : r.errors.length || r.status === 'FAILED' ? (
                <Tag color="red">{t('preview.notImported')}</Tag>
              ) : (
                <Tag>{t(`choice.${r.choice ?? 'SKIP'}` as 'choice.SKIP')}</Tag>
              ),
          },
        ]}
      />
    </>
  );
}

/** Owner of the created customers: only offered when you may give customers to someone else. */
function OwnerSelect({ value, onChange, t }: { value: string | null; onChange: (id: string | null) => void; t: ImportT }) {
  const { data, error } = useQuery(ImportOwnersQuery);
  const me = data?.me?.id;
  const others = (data?.users.edges.map((e) => e.node) ?? []).filter((u) => u.active && u.id !== me);
  if (error || !me || !others.length) return null;
  return (
    <Space wrap>
      <Typography.Text>{t('preview.owner')}</Typography.Text>
      <Select<string>
        aria-label={t('preview.owner')}
        style={{ minWidth: 180 }}
        value={value ?? me}
        onChange={(id) => onChange(id === me ? null : id)}
        showSearch
        optionFilterProp="label"
        options={[{ value: me, label: t('preview.ownerMe') }, ...others.map((u) => ({ value: u.id, label: u.name }))]}
      />
    </Space>
  );
}

function Preview(props: {
  job: Job;
  t: ImportT;
  choices: Record<number, ImportChoice>;
  onChoice: (row: number, c: ImportChoice) => void;
  ownerId: string | null;
  onOwner: (id: string | null) => void;
  onStart: () => void;
  starting: boolean;
  onReset: () => void;
}) {
  const { job, t } = props;
  const ready = job.totalRows - job.errorRows;
  return (
    <Card title={t('preview.title', { name: job.fileName })} size="small" data-testid="import-preview">
      <Flex vertical gap={12}>
        <Flex gap={24} wrap>
          <Statistic title={t('preview.statTotal')} value={job.totalRows} />
          <Statistic
            title={t('preview.statErrors')}
            value={job.errorRows}
            styles={job.errorRows ? { content: { color: '#cf1322' } } : undefined}
          />
          <Statistic
            title={t('preview.statDuplicates')}
            value={job.duplicateRows}
            styles={job.duplicateRows ? { content: { color: '#d48806' } } : undefined}
          />
          <Statistic title={t('preview.statReady')} value={ready} />
        </Flex>
        {job.rows.totalCount ? (
          <ProblemTable job={job} t={t} choices={props.choices} onChoice={props.onChoice} />
        ) : (
          <Alert type="success" showIcon title={t('preview.empty')} />
        )}
        {job.kind === 'CUSTOMERS' && <OwnerSelect value={props.ownerId} onChange={props.onOwner} t={t} />}
        <Space wrap>
          <Button type="primary" onClick={props.onStart} loading={props.starting} disabled={!ready}>
            {props.starting ? t('preview.starting') : t('preview.start')}
          </Button>
          <Button onClick={props.onReset}>{t('upload.another')}</Button>
        </Space>
      </Flex>
    </Card>
  );
}

function Summary({
  job,
  t,
  onRevert,
  reverting,
  onReset,
}: {
  job: Job;
  t: ImportT;
  onRevert: () => void;
  reverting: boolean;
  onReset: () => void;
}) {
  const report = job.revertReport as {
    reverted?: number;
    notReverted?: { rowNumber: number; name: string | null; reason: string }[];
  } | null;
  const notReverted = report?.notReverted ?? [];
  const failedRows = useMemo(() => job.rows.edges.filter((e) => e.node.status === 'FAILED').length, [job]);
  return (
    <Flex vertical gap={12} data-testid="import-summary">
      <Result
        status={job.status === 'REVERTED' ? 'info' : 'success'}
        title={job.status === 'REVERTED' ? t('status.REVERTED') : t('summary.title')}
        subTitle={t('summary.text', {
          created: job.createdCount,
          updated: job.updatedCount,
          skipped: job.skippedCount,
          failed: job.failedCount,
        })}
        extra={[
          <Link key="list" href="/customers">
            <Button type="primary">{t('summary.viewCustomers')}</Button>
          </Link>,
          job.status === 'DONE' ? (
            <Popconfirm key="revert" title={t('summary.revert')} description={t('summary.revertConfirm')} onConfirm={onRevert}>
              <Button danger icon={<UndoOutlined />} loading={reverting}>
                {t('summary.revert')}
              </Button>
            </Popconfirm>
          ) : null,
          <Button key="again" onClick={onReset}>
            {t('summary.again')}
          </Button>,
        ]}
      />
      {job.status === 'REVERTED' && report && (
        <Alert
          type={notReverted.length ? 'warning' : 'success'}
          showIcon
          title={t('summary.reverted', { count: report.reverted ?? 0 })}
          description={
            notReverted.length ? (
              <>
                {t('summary.notReverted', { count: notReverted.length })}
                <ul style={{ margin: 0 }}>
                  {notReverted.map((n) => (
                    <li key={n.rowNumber}>
                      {t('preview.row')} {n.rowNumber} {n.name ?? ''}：{n.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : undefined
          }
        />
      )}
      {job.status === 'DONE' && failedRows > 0 && (
        <>
          <Typography.Text strong>{t('summary.failedRows')}</Typography.Text>
          <ProblemTable job={job} t={t} />
        </>
      )}
    </Flex>
  );
}
