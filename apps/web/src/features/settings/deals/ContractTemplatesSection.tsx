'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DeleteOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Modal, Popconfirm, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { graphql } from '@/gql';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeatureT, type Dict } from '@/i18n/feature';
import { formatDateTime } from '@/features/deals/common/format';
import { ContractTemplatesQuery } from '@/features/contracts/reviewQueries';

const CreateContractTemplateMutation = graphql(`
  mutation CreateContractTemplate($input: ContractTemplateInput!) {
    createContractTemplate(input: $input) {
      id
    }
  }
`);

const UpdateContractTemplateMutation = graphql(`
  mutation UpdateContractTemplate($id: ID!, $version: Int!, $input: ContractTemplateInput!) {
    updateContractTemplate(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

const DeleteContractTemplateMutation = graphql(`
  mutation DeleteContractTemplate($id: ID!) {
    deleteContractTemplate(id: $id)
  }
`);

const zh = {
  title: '合同模板',
  hint: '上传带占位符的 Word 模板（.docx），如 {customerName} {customerNumber} {contractNumber} {startDate} {endDate} {amount} {amountInWords}（大写）{contactName}；明细用 {#lines}{name} {quantity} {unitPrice} {amount}{/lines}，收款计划用 {#paymentPlans}{dueDate} {amount}{/paymentPlans}。',
  add: '上传模板',
  name: '模板名称',
  file: '模板文件',
  checklist: '审核清单',
  checklistHint: '提交审批前须逐项确认的条款，每行一项',
  updatedAt: '更新时间',
  edit: '编辑',
  delete: '删除',
  deleteConfirm: '删除模板「{name}」？已生成的合同文件不受影响。',
  save: '保存',
  cancel: '取消',
  pickFile: '选择 .docx 文件',
  fileRequired: '请选择 .docx 模板文件',
  nameRequired: '请输入模板名称',
  saved: '已保存',
  deleted: '已删除',
  empty: '还没有模板',
  items: '{count} 项',
};
const en: typeof zh = {
  title: 'Contract templates',
  hint: 'Upload a Word template (.docx) with placeholders such as {customerName} {customerNumber} {contractNumber} {startDate} {endDate} {amount} {amountInWords} (in Chinese capitals) {contactName}; lines as {#lines}{name} {quantity} {unitPrice} {amount}{/lines}, the payment plan as {#paymentPlans}{dueDate} {amount}{/paymentPlans}.',
  add: 'Upload template',
  name: 'Name',
  file: 'Template file',
  checklist: 'Review checklist',
  checklistHint: 'Clauses to confirm before approval, one per line',
  updatedAt: 'Updated',
  edit: 'Edit',
  delete: 'Delete',
  deleteConfirm: 'Delete template “{name}”? Documents already generated stay.',
  save: 'Save',
  cancel: 'Cancel',
  pickFile: 'Pick a .docx file',
  fileRequired: 'Pick the .docx template',
  nameRequired: 'Enter a name',
  saved: 'Saved',
  deleted: 'Deleted',
  empty: 'No templates yet',
  items: '{count} items',
};
const MESSAGES: Dict<typeof zh> = { 'zh-CN': zh, en };

interface Fields {
  name: string;
  checklist: string;
}

const toBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** 合同模板 (admins upload, edit the checklist of, and delete templates; others see the list). */
export function ContractTemplatesSection({ canManage }: { canManage: boolean }) {
  const m = useFeatureT(MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const { data, loading } = useQuery(ContractTemplatesQuery);
  const [create, createState] = useMutation(CreateContractTemplateMutation);
  const [update, updateState] = useMutation(UpdateContractTemplateMutation);
  const [remove] = useMutation(DeleteContractTemplateMutation);
  const [editing, setEditing] = useState<{ id: string; version: number } | 'new' | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [form] = Form.useForm<Fields>();
  const templates = data?.contractTemplates ?? [];
  const refetchQueries = [{ query: ContractTemplatesQuery }];

  function open(target: typeof editing, values: Fields) {
    setFile(null);
    form.setFieldsValue(values);
    setEditing(target);
  }

  async function submit(v: Fields) {
    const checklist = v.checklist
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      const content = file ? { fileName: file.name, contentBase64: await toBase64(file) } : {};
      if (editing === 'new') {
        if (!file) {
          message.error(m('fileRequired'));
          return;
        }
        await create({ variables: { input: { name: v.name.trim(), checklist, ...content } }, refetchQueries, awaitRefetchQueries: true });
      } else if (editing) {
        await update({
          variables: { id: editing.id, version: editing.version, input: { name: v.name.trim(), checklist, ...content } },
          refetchQueries,
          awaitRefetchQueries: true,
        });
      }
      message.success(m('saved'));
      setEditing(null);
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  async function del(id: string) {
    try {
      await remove({ variables: { id }, refetchQueries, awaitRefetchQueries: true });
      message.success(m('deleted'));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Card
      size="small"
      title={m('title')}
      data-testid="contract-templates"
      extra={
        canManage ? (
          <Button
            size="small"
            icon={<UploadOutlined />}
            onClick={() => open('new', { name: '', checklist: '' })}
            data-testid="add-contract-template"
          >
            {m('add')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {m('hint')}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        locale={{ emptyText: m('empty') }}
        dataSource={[...templates]}
        columns={[
          {
            key: 'name',
            title: m('name'),
            render: (_, t) => (
              <Flex vertical>
                <span>{t.name}</span>
                <Typography.Text type="secondary">{t.fileName}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'checklist',
            title: m('checklist'),
            render: (_, t) =>
              t.checklist.length ? <span title={t.checklist.join('\n')}>{m('items', { count: t.checklist.length })}</span> : '—',
          },
          { key: 'updatedAt', title: m('updatedAt'), render: (_, t) => formatDateTime(t.updatedAt) },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, t: (typeof templates)[number]) => (
                    <Flex gap={4}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={m('edit')}
                        onClick={() => open({ id: t.id, version: t.version }, { name: t.name, checklist: t.checklist.join('\n') })}
                      />
                      <Popconfirm
                        title={m('deleteConfirm', { name: t.name })}
                        onConfirm={() => void del(t.id)}
                        okText={m('delete')}
                        cancelText={m('cancel')}
                        okButtonProps={{ danger: true }}
                      >
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={m('delete')} />
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? m('add') : m('edit')}
        okText={m('save')}
        cancelText={m('cancel')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        confirmLoading={createState.loading || updateState.loading}
        forceRender
      >
        <Form<Fields> form={form} layout="vertical" name="contract-template" onFinish={submit}>
          <Form.Item name="name" label={m('name')} rules={[{ required: true, whitespace: true, message: m('nameRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={m('file')} required={editing === 'new'}>
            <Upload
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />} data-testid="contract-template-file">
                {m('pickFile')}
              </Button>
            </Upload>
          </Form.Item>
          <Form.Item name="checklist" label={m('checklist')} extra={m('checklistHint')}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
