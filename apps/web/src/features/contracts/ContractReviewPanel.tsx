'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { FileWordOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Input, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatDateTime } from '@/features/deals/common/format';
import { useLocale } from '@/i18n/I18nProvider';
import { RecordAttachmentsQuery } from '@/features/files/queries';
import { useFeatureT, type Dict } from '@/i18n/feature';
import { ContractDetailQuery } from './queries';
import {
  CheckContractReviewItemMutation,
  CommentOnContractMutation,
  ContractTemplatesQuery,
  GenerateContractDocumentMutation,
} from './reviewQueries';

const zh = {
  generate: '生成合同',
  generateTitle: '从模板生成合同',
  template: '合同模板',
  pickTemplate: '选择模板',
  noTemplates: '还没有合同模板，请管理员在「设置 → 分级与合同」上传。',
  generateHint: '生成的 Word 和 PDF 文件会作为新版本保存在本合同的附件中；草稿会带上模板的审核清单。',
  generated: '已生成 {files}',
  ok: '生成',
  cancel: '取消',
  checklist: '审核清单',
  checklistHint: '提交审批前须逐项确认。',
  noChecklist: '从模板生成合同后，这里会出现模板的审核清单。',
  checkedBy: '{name} 于 {at} 确认',
  comments: '审核意见',
  noComments: '暂无审核意见',
  commentPlaceholder: '写下审核意见，如：第 5 条违约金比例请法务确认',
  addComment: '提交意见',
  archived: '已归档',
  archivedAt: '已归档 · {at}',
  archiveHint: '合同签订后，在附件中上传类别为「已签合同扫描件」的文件即可归档。',
};
const en: typeof zh = {
  generate: 'Generate contract',
  generateTitle: 'Generate from a template',
  template: 'Template',
  pickTemplate: 'Pick a template',
  noTemplates: 'No contract templates yet: an admin uploads them under Settings → Grading & contracts.',
  generateHint:
    "The Word and PDF files are kept as a new version among this contract's files; a draft takes the template's review checklist.",
  generated: 'Generated {files}',
  ok: 'Generate',
  cancel: 'Cancel',
  checklist: 'Review checklist',
  checklistHint: 'Confirm every item before submitting for approval.',
  noChecklist: 'Generate the contract from a template to get its review checklist.',
  checkedBy: 'Confirmed by {name} at {at}',
  comments: 'Review comments',
  noComments: 'No comments yet',
  commentPlaceholder: 'Write a comment, e.g. please have legal confirm clause 5',
  addComment: 'Add comment',
  archived: 'Archived',
  archivedAt: 'Archived · {at}',
  archiveHint: 'Once signed, upload the signed scan (category “Signed contract scan”) among the files to archive it.',
};
export const CONTRACT_REVIEW_MESSAGES: Dict<typeof zh> = { 'zh-CN': zh, en };

interface ReviewContract {
  id: string;
  version: number;
  status: string;
  archivedAt?: string | null;
  reviewChecklist: readonly { item: string; checked: boolean; checkedAt?: string | null; checkedBy?: { name: string } | null }[];
  reviewComments: readonly { body: string; at: string; author?: { name: string } | null }[];
}

/** 生成合同: pick a template, and the .docx and PDF appear among the contract's files. */
export function GenerateContractButton({ contractId }: { contractId: string }) {
  const m = useFeatureT(CONTRACT_REVIEW_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [open, setOpen] = useState(false);
  const [templateId, setTemplateId] = useState<string | undefined>();
  const { data } = useQuery(ContractTemplatesQuery, { skip: !open });
  const [generate, { loading }] = useMutation(GenerateContractDocumentMutation);
  const templates = data?.contractTemplates ?? [];

  async function submit() {
    if (!templateId) return;
    try {
      const res = await generate({
        variables: { contractId, templateId },
        refetchQueries: [
          { query: RecordAttachmentsQuery, variables: { recordId: contractId } },
          { query: ContractDetailQuery, variables: { id: contractId } },
        ],
        awaitRefetchQueries: true,
      });
      message.success(m('generated', { files: (res.data?.generateContractDocument ?? []).map((f) => f.fileName).join('、') }));
      setOpen(false);
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <>
      <Button icon={<FileWordOutlined />} onClick={() => setOpen(true)} data-testid="generate-contract">
        {m('generate')}
      </Button>
      <Modal
        open={open}
        title={m('generateTitle')}
        okText={m('ok')}
        cancelText={m('cancel')}
        onOk={submit}
        onCancel={() => setOpen(false)}
        okButtonProps={{ disabled: !templateId, loading, 'data-testid': 'generate-contract-ok' } as never}
        destroyOnHidden
      >
        {data && !templates.length ? (
          <Empty description={m('noTemplates')} />
        ) : (
          <Flex vertical gap={8}>
            <Select
              aria-label={m('template')}
              placeholder={m('pickTemplate')}
              value={templateId}
              onChange={setTemplateId}
              options={templates.map((t) => ({ value: t.id, label: t.name }))}
              loading={!data}
              data-testid="generate-contract-template"
            />
            <Typography.Text type="secondary">{m('generateHint')}</Typography.Text>
          </Flex>
        )}
      </Modal>
    </>
  );
}

/** 审核清单 (ticked while a draft), 审核意见 and the archive state of a contract. */
export function ContractReviewPanel({
  contract,
  canEdit,
  canComment,
}: {
  contract: ReviewContract;
  canEdit: boolean;
  canComment: boolean;
}) {
  const m = useFeatureT(CONTRACT_REVIEW_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [body, setBody] = useState('');
  const [check, { loading: checking }] = useMutation(CheckContractReviewItemMutation);
  const [comment, { loading: commenting }] = useMutation(CommentOnContractMutation);
  const draft = contract.status === 'DRAFT';

  async function toggle(index: number, checked: boolean) {
    try {
      await check({ variables: { id: contract.id, version: contract.version, index, checked } });
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  async function addComment() {
    if (!body.trim()) return;
    try {
      await comment({
        variables: { id: contract.id, body: body.trim() },
        refetchQueries: [{ query: ContractDetailQuery, variables: { id: contract.id } }],
        awaitRefetchQueries: true,
      });
      setBody('');
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Flex vertical gap={12} data-testid="contract-review">
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {m('checklist')}
        </Typography.Title>
        {contract.reviewChecklist.length ? (
          <Flex vertical gap={4} data-testid="contract-checklist">
            {contract.reviewChecklist.map((i, index) => (
              <Flex key={`${index}-${i.item}`} gap={8} align="baseline" wrap>
                <Checkbox
                  checked={i.checked}
                  disabled={!draft || !canEdit || checking}
                  onChange={(e) => void toggle(index, e.target.checked)}
                >
                  {i.item}
                </Checkbox>
                {i.checked && i.checkedAt ? (
                  <Typography.Text type="secondary">
                    {m('checkedBy', { name: i.checkedBy?.name ?? '—', at: formatDateTime(i.checkedAt) })}
                  </Typography.Text>
                ) : null}
              </Flex>
            ))}
            {draft ? <Typography.Text type="secondary">{m('checklistHint')}</Typography.Text> : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{m('noChecklist')}</Typography.Text>
        )}
      </div>
      <div>
        <Typography.Title level={5}>{m('comments')}</Typography.Title>
        {contract.reviewComments.length ? (
          <List
            size="small"
            data-testid="contract-comments"
            dataSource={[...contract.reviewComments]}
            renderItem={(c) => (
              <List.Item>
                <Flex vertical>
                  <Typography.Text type="secondary">
                    {c.author?.name ?? '—'} · {formatDateTime(c.at)}
                  </Typography.Text>
                  <span>{c.body}</span>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary">{m('noComments')}</Typography.Text>
        )}
        {canComment ? (
          <Flex gap={8} style={{ marginTop: 8 }}>
            <Input.TextArea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              placeholder={m('commentPlaceholder')}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
              aria-label={m('comments')}
            />
            <Button onClick={addComment} loading={commenting} disabled={!body.trim()}>
              {m('addComment')}
            </Button>
          </Flex>
        ) : null}
      </div>
      {contract.status === 'SIGNED' || contract.status === 'COMPLETED' ? (
        <Typography.Text type={contract.archivedAt ? 'success' : 'secondary'} data-testid="contract-archive">
          {contract.archivedAt ? m('archivedAt', { at: formatDateTime(contract.archivedAt) }) : m('archiveHint')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
