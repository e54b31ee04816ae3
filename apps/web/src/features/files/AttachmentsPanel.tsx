'use client';

import { CameraOutlined, DeleteOutlined, DownloadOutlined, EyeOutlined, FileOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Image, Modal, Popconfirm, Progress, Select, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { getFragmentData } from '@/gql';
import type { AttachmentFieldsFragment } from '@/gql/graphql';
import type { AttachmentCategory, AttachmentRecordKind, Role } from '@/gql/schema';
import { useFeatureT } from '@/i18n/feature';
import { can } from '@/features/customers/permissions';
import { useCurrentUser } from '@/features/customers/useCurrentUser';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useApiHttpUrl } from '@/lib/apollo/ApiUrlContext';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useAppSession } from '@/lib/auth/SessionContext';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useLocale } from '@/i18n/I18nProvider';
import { formatFileSize } from './fileSize';
import { FILE_MESSAGES } from './messages';
import { AttachmentFields, DeleteAttachmentMutation, RecordAttachmentsQuery } from './queries';
import { AttachmentUploadError, apiLink, uploadAttachment, type AttachmentUpload } from './uploadAttachment';

/** What the upload select offers for each kind of record (the first is preselected). */
export const CATEGORIES_BY_KIND: Record<AttachmentRecordKind, AttachmentCategory[]> = {
  CUSTOMER: ['BUSINESS_LICENSE', 'BUSINESS_CARD', 'PHOTO', 'CONTRACT_DRAFT', 'SIGNED_SCAN', 'OTHER'],
  CONTACT: ['BUSINESS_CARD', 'PHOTO', 'OTHER'],
  FOLLOW_UP: ['PHOTO', 'RECORDING', 'OTHER'],
  VISIT: ['PHOTO', 'RECORDING', 'OTHER'],
  CONTRACT: ['CONTRACT_DRAFT', 'SIGNED_SCAN'],
  RECEIPT: ['RECEIPT_SLIP', 'OTHER'],
};

/** What the server sniffs and keeps (file.sniff.ts); the picker offers the same, the server still decides. */
export const ACCEPT =
  'image/*,application/pdf,.docx,.xlsx,audio/*,.amr,.m4a,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Who may add or delete files, by record kind — the API's WRITE_PERMISSION (files/file.service.ts) per role. */
export function canEditFiles(role: Role | undefined | null, kind: AttachmentRecordKind): boolean {
  switch (kind) {
    case 'CUSTOMER':
      return can(role, 'customer.edit');
    case 'CONTACT':
      return can(role, 'contact.edit');
    case 'FOLLOW_UP':
      return can(role, 'followUp.create');
    case 'VISIT':
      return !!role; // visit.plan: every role, 客服 included
    default:
      // deal.edit and payment.record: the same roles as editing a customer.
      return can(role, 'customer.edit');
  }
}

export interface AttachmentsPanelProps {
  recordKind: AttachmentRecordKind;
  recordId: string;
  /** Choices of the upload select; by default those of the record kind. */
  categories?: AttachmentCategory[];
  /** Show upload and delete; by default decided from the signed-in user's role. */
  canEdit?: boolean;
}

type Item = AttachmentFieldsFragment;

const isImage = (f: Item) => /^image\//.test(f.contentType ?? '');
const isPdf = (f: Item) => f.contentType === 'application/pdf';
/** A link the API signed (relative) takes &download=1 to save instead of showing; an outside URL is left alone. */
const downloadHref = (link: string, raw: string) => (raw.startsWith('/') ? `${link}${link.includes('?') ? '&' : '?'}download=1` : link);

/** 附件 of one record: the list with previews and downloads, and (for editors) upload with progress and delete. */
export function AttachmentsPanel({ recordKind, recordId, categories = CATEGORIES_BY_KIND[recordKind], canEdit }: AttachmentsPanelProps) {
  const m = useFeatureT(FILE_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const user = useCurrentUser();
  const token = useAppSession()?.accessToken;
  const graphqlUrl = useApiHttpUrl();
  const editable = canEdit ?? canEditFiles(user?.role, recordKind);

  // Download links are signed for 5 minutes: ask again every 4 so a link on screen still opens.
  const { data, loading, error, refetch } = useQuery(RecordAttachmentsQuery, {
    variables: { recordId },
    pollInterval: 240_000,
    notifyOnNetworkStatusChange: false,
  });
  const files = getFragmentData(AttachmentFields, data?.attachments) ?? [];

  const [category, setCategory] = useState<AttachmentCategory>(categories[0] ?? 'OTHER');
  const [upload, setUpload] = useState<{ name: string; percent: number; request: AttachmentUpload } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<Item | null>(null);
  const [remove, removing] = useMutation(DeleteAttachmentMutation);
  const cameraInput = useRef<HTMLInputElement>(null);

  // Leaving the page stops an upload under way (the API keeps nothing of a cancelled upload).
  const current = useRef<AttachmentUpload | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const errorMessage = (err: unknown): string => {
    if (!(err instanceof AttachmentUploadError)) return m('errors.OTHER', { detail: String(err) });
    const errors = FILE_MESSAGES['zh-CN'].errors;
    const key = (err.reason && err.reason in errors ? err.reason : err.code in errors ? err.code : 'OTHER') as keyof typeof errors;
    return m(`errors.${key}`, { detail: err.message });
  };

  const start = (file: File) => {
    if (upload) return;
    setUploadError(null);
    const request = uploadAttachment({
      graphqlUrl,
      token,
      recordKind,
      recordId,
      category,
      file,
      onProgress: (fraction) => setUpload((u) => (u && u.request === request ? { ...u, percent: Math.floor(fraction * 100) } : u)),
    });
    current.current = request;
    setUpload({ name: file.name, percent: 0, request });
    request.done
      .then(
        () => {
          message.success(m('uploaded', { name: file.name }));
          void refetch().catch(() => undefined);
        },
        (err: unknown) => {
          if (err instanceof AttachmentUploadError && err.code === 'ABORTED') message.info(m('cancelled'));
          else setUploadError(errorMessage(err));
        },
      )
      .finally(() => {
        current.current = null;
        setUpload(null);
      });
  };

  const onDelete = async (file: Item) => {
    try {
      await remove({
        variables: { id: file.id },
        update(cache) {
          // Lists drop a reference to an evicted object when read, so the row leaves at once.
          cache.evict({ id: cache.identify({ __typename: 'Attachment', id: file.id }) });
          cache.gc();
        },
      });
      message.success(m('deleted', { name: file.fileName }));
    } catch (err) {
      message.error(apiErrorText(err, locale));
    }
  };

  const columns: TableColumnsType<Item> = [
    {
      key: 'fileName',
      title: m('fileName'),
      render: (_, f) => {
        const link = apiLink(graphqlUrl, f.downloadUrl);
        return (
          <Flex gap={8} align="center">
            {isImage(f) ? (
              <Image width={40} height={40} style={{ objectFit: 'cover' }} src={link} alt={f.fileName} preview={{ src: link }} />
            ) : (
              <FileOutlined style={{ fontSize: 24 }} aria-hidden />
            )}
            <Typography.Text ellipsis style={{ maxWidth: 240 }} title={f.fileName}>
              {f.fileName}
            </Typography.Text>
          </Flex>
        );
      },
    },
    { key: 'category', title: m('category'), render: (_, f) => <Tag>{m(`categories.${f.category}`)}</Tag> },
    { key: 'size', title: m('size'), responsive: ['md'], render: (_, f) => formatFileSize(f.size) },
    { key: 'uploader', title: m('uploader'), responsive: ['md'], render: (_, f) => f.uploadedBy?.name ?? '—' },
    { key: 'uploadedAt', title: m('uploadedAt'), responsive: ['sm'], render: (_, f) => formatBusinessTime(f.uploadedAt) },
    {
      key: 'actions',
      title: m('actions'),
      render: (_, f) => {
        const link = apiLink(graphqlUrl, f.downloadUrl);
        return (
          <Flex gap={4} wrap>
            {isPdf(f) ? (
              <Button size="small" icon={<EyeOutlined />} onClick={() => setPdf(f)}>
                {m('preview')}
              </Button>
            ) : null}
            <Button
              size="small"
              icon={<DownloadOutlined />}
              href={downloadHref(link, f.downloadUrl)}
              target="_blank"
              rel="noopener noreferrer"
            >
              {m('download')}
            </Button>
            {editable ? (
              <Popconfirm
                title={m('deleteConfirm', { name: f.fileName })}
                okText={m('deleteOk')}
                cancelText={m('deleteCancel')}
                okButtonProps={{ danger: true, loading: removing.loading }}
                onConfirm={() => onDelete(f)}
              >
                <Button size="small" danger icon={<DeleteOutlined />}>
                  {m('delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Flex>
        );
      },
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="attachments-panel">
      {editable ? (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <label htmlFor={`attachment-category-${recordId}`}>{m('category')}</label>
            <Select
              id={`attachment-category-${recordId}`}
              style={{ minWidth: 140 }}
              value={category}
              onChange={setCategory}
              disabled={!!upload}
              options={categories.map((c) => ({ value: c, label: m(`categories.${c}`) }))}
            />
            {/* On a phone: straight to the camera (the drop area below also offers the gallery and files). */}
            <Button icon={<CameraOutlined />} disabled={!!upload} onClick={() => cameraInput.current?.click()}>
              {m('camera')}
            </Button>
            <input
              ref={cameraInput}
              type="file"
              accept="image/*"
              capture="environment"
              hidden
              data-testid="attachment-camera-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) start(file);
              }}
            />
          </Flex>
          <Upload.Dragger
            accept={ACCEPT}
            multiple={false}
            showUploadList={false}
            disabled={!!upload}
            beforeUpload={(file) => {
              start(file);
              return false; // we send it ourselves (raw body, progress, cancel)
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{m('dropHint')}</p>
            <p className="ant-upload-hint">{m('dropLimits')}</p>
          </Upload.Dragger>
          {upload ? (
            <Flex gap={8} align="center" data-testid="attachment-upload-progress">
              <Typography.Text ellipsis style={{ maxWidth: 200 }}>
                {m('uploading', { name: upload.name })}
              </Typography.Text>
              <Progress percent={upload.percent} size="small" style={{ flex: 1, margin: 0 }} />
              <Button size="small" onClick={() => upload.request.abort()}>
                {m('cancel')}
              </Button>
            </Flex>
          ) : null}
          {uploadError ? <Alert type="error" showIcon title={uploadError} closable={{ onClose: () => setUploadError(null) }} /> : null}
        </Flex>
      ) : null}

      {error && !data ? (
        <Alert
          type="error"
          showIcon
          title={m('loadFailed')}
          description={apiErrorText(error, locale)}
          action={
            <Button size="small" onClick={() => void refetch().catch(() => undefined)}>
              {m('retry')}
            </Button>
          }
        />
      ) : (
        <Table<Item>
          rowKey="id"
          size="small"
          loading={loading && !data}
          columns={columns}
          dataSource={files}
          pagination={false}
          locale={{ emptyText: m('empty') }}
        />
      )}

      <Modal
        open={!!pdf}
        title={pdf?.fileName}
        width="min(960px, 96vw)"
        onCancel={() => setPdf(null)}
        footer={
          pdf ? (
            <Flex justify="end" gap={8}>
              <Button href={apiLink(graphqlUrl, pdf.downloadUrl)} target="_blank" rel="noopener noreferrer">
                {m('openInNewTab')}
              </Button>
              <Button type="primary" onClick={() => setPdf(null)}>
                {m('close')}
              </Button>
            </Flex>
          ) : null
        }
        destroyOnHidden
      >
        {pdf ? (
          <iframe title={pdf.fileName} src={apiLink(graphqlUrl, pdf.downloadUrl)} style={{ width: '100%', height: '70vh', border: 0 }} />
        ) : null}
      </Modal>
    </Flex>
  );
}
