'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Popconfirm, Select, Space, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { FollowUpsTab_CustomerFragment } from '@/gql/graphql';
import type { FollowUpMethod } from '@/gql/schema';
import { useFeedback } from '@/lib/feedback/Feedback';
import { errorCode, showFieldError, useApiErrorText } from '@/lib/apollo/errorText';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeatureT } from '@/i18n/feature';
import { TAB_ACTION_MESSAGES } from './tabActionMessages';
import { AttachmentsPanel } from '@/features/files/AttachmentsPanel';
import { formatDateTime } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const FollowUpsTabFragment = graphql(`
  fragment FollowUpsTab_customer on Customer {
    id
    contacts {
      id
      name
    }
    followUps(first: 20) {
      totalCount
      edges {
        node {
          id
          at
          method
          subject
          content
          feedback
          nextAt
          nextPlan
          remind
          version
          author {
            id
            name
          }
          contact {
            id
            name
          }
        }
      }
    }
  }
`);

// Answers with this tab's fragment and the header's follow-up times, so the page updates from this one reply.
const CreateFollowUpMutation = graphql(`
  mutation CreateFollowUp($customerId: ID!, $input: FollowUpInput!) {
    createFollowUp(customerId: $customerId, input: $input) {
      id
      customer {
        id
        version
        lastFollowUpAt
        nextFollowUpAt
        ...FollowUpsTab_customer
      }
    }
  }
`);

const UpdateFollowUpMutation = graphql(`
  mutation UpdateFollowUp($id: ID!, $version: Int!, $input: UpdateFollowUpInput!) {
    updateFollowUp(id: $id, version: $version, input: $input) {
      id
      customer {
        id
        version
        lastFollowUpAt
        nextFollowUpAt
        ...FollowUpsTab_customer
      }
    }
  }
`);

const DeleteFollowUpMutation = graphql(`
  mutation DeleteFollowUp($id: ID!, $version: Int!) {
    deleteFollowUp(id: $id, version: $version)
  }
`);

const FIELD_MAP = {
  'input.at': 'at',
  'input.method': 'method',
  'input.contactId': 'contactId',
  'input.subject': 'subject',
  'input.content': 'content',
  'input.feedback': 'feedback',
  'input.nextAt': 'nextAt',
  'input.nextPlan': 'nextPlan',
};

const METHODS: FollowUpMethod[] = ['PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'OTHER'];

interface FollowUpFormValues {
  at: Dayjs;
  method: FollowUpMethod;
  contactId?: string;
  subject?: string;
  content: string;
  feedback?: string;
  nextAt?: Dayjs | null;
  nextPlan?: string;
  remind?: boolean;
}

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

type FollowUp = FollowUpsTab_CustomerFragment['followUps']['edges'][number]['node'];

/**
 * 跟进记录: the customer's follow-ups, newest first; "新建跟进" and 编辑 (with the version read: a stale one shows
 * the conflict and loads the latest); 删除 asks first, and the page reloads so the header's follow-up times follow.
 */
export function FollowUpsTab(props: {
  customer: FragmentType<typeof FollowUpsTabFragment>;
  canCreate: boolean;
  /** Open 新建跟进 at once (the phone header's quick action). */
  openCreate?: boolean;
  onCreateOpened?: () => void;
}) {
  const customer = getFragmentData(FollowUpsTabFragment, props.customer);
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const a = useFeatureT(TAB_ACTION_MESSAGES);
  const [locale] = useLocale();
  const client = useApolloClient();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<FollowUp | null>(null);
  const [filesOf, setFilesOf] = useState<FollowUp | null>(null);
  const [form] = Form.useForm<FollowUpFormValues>();
  const [createFollowUp, { loading }] = useMutation(CreateFollowUpMutation);
  const [updateFollowUp, { loading: updating }] = useMutation(UpdateFollowUpMutation);
  const [deleteFollowUp] = useMutation(DeleteFollowUpMutation);
  const { openCreate, onCreateOpened, canCreate } = props;
  useEffect(() => {
    if (openCreate && canCreate) {
      setOpen(true);
      onCreateOpened?.();
    }
  }, [openCreate, onCreateOpened, canCreate]);
  const close = () => {
    setOpen(false);
    setEditing(null);
  };
  const list = customer.followUps.edges.map((e) => e.node);

  const submit = async (v: FollowUpFormValues) => {
    const input = {
      at: v.at.startOf('minute').toISOString(),
      method: v.method,
      contactId: v.contactId ?? null,
      subject: blankToNull(v.subject),
      content: v.content.trim(),
      feedback: blankToNull(v.feedback),
      nextAt: v.nextAt ? v.nextAt.startOf('minute').toISOString() : null,
      nextPlan: blankToNull(v.nextPlan),
      remind: !!v.remind,
    };
    try {
      if (editing) {
        await updateFollowUp({ variables: { id: editing.id, version: editing.version, input } });
        message.success(a('followUpSaved'));
      } else {
        await createFollowUp({ variables: { customerId: customer.id, input } });
        message.success(t('followUps.added'));
      }
      close();
      form.resetFields();
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        message.warning(a('conflict', { reason: errorText(error) }));
        close();
        void client.refetchQueries({ include: ['Customer360'] });
      } else if (!showFieldError(form, error, locale, FIELD_MAP)) {
        message.error(errorText(error));
      }
    }
  };

  const remove = async (f: FollowUp) => {
    try {
      await deleteFollowUp({
        variables: { id: f.id, version: f.version },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'FollowUp', id: f.id }) });
          cache.gc();
        },
      });
      message.success(a('followUpDeleted'));
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') message.warning(a('conflict', { reason: errorText(error) }));
      else message.error(errorText(error));
    }
    // The customer's last/next follow-up times and the count are recomputed by the server.
    void client.refetchQueries({ include: ['Customer360'] });
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {customer.followUps.totalCount > list.length
            ? t('followUps.more', { shown: list.length, count: customer.followUps.totalCount })
            : t('followUps.total', { count: customer.followUps.totalCount })}
        </Typography.Text>
        {props.canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('followUps.add')}
          </Button>
        ) : null}
      </Flex>
      <Modal open={!!filesOf} title={a('files')} footer={null} onCancel={() => setFilesOf(null)} destroyOnHidden>
        {filesOf ? <AttachmentsPanel recordKind="FOLLOW_UP" recordId={filesOf.id} canEdit={props.canCreate} /> : null}
      </Modal>
      {list.length === 0 ? (
        <EmptyHint>{t('followUps.empty')}</EmptyHint>
      ) : (
        <Timeline
          data-testid="follow-up-list"
          items={list.map((f) => ({
            key: f.id,
            children: (
              <Flex vertical gap={2}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text type="secondary">
                    {formatDateTime(f.at)} · {t(`enums.method.${f.method}`)} · {f.author.name}
                    {f.contact ? ` → ${f.contact.name}` : ''}
                  </Typography.Text>
                  <Space size={0}>
                    <Button size="small" type="link" onClick={() => setFilesOf(f)} data-testid="follow-up-files">
                      {a('files')}
                    </Button>
                  </Space>
                  {props.canCreate ? (
                    <Space size={0}>
                      <Button
                        size="small"
                        type="link"
                        onClick={() => {
                          setEditing(f);
                          setOpen(true);
                        }}
                      >
                        {a('edit')}
                      </Button>
                      <Popconfirm
                        title={a('deleteFollowUpConfirm')}
                        okText={a('delete')}
                        cancelText={a('cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(f)}
                      >
                        <Button size="small" type="link" danger>
                          {a('delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : null}
                </Flex>
                {f.subject ? <Typography.Text strong>{f.subject}</Typography.Text> : null}
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{f.content}</Typography.Paragraph>
                {f.feedback ? (
                  <Typography.Text>
                    {t('followUps.feedback')}：{f.feedback}
                  </Typography.Text>
                ) : null}
                {f.nextAt || f.nextPlan ? (
                  <Typography.Text type="secondary">
                    {t('followUps.nextAt')}：{[f.nextAt ? formatDateTime(f.nextAt) : null, f.nextPlan].filter(Boolean).join(' ')}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          }))}
        />
      )}
      <Modal
        title={editing ? a('editFollowUp') : t('followUps.add')}
        open={open}
        onCancel={close}
        onOk={() => form.submit()}
        okText={t('edit.save')}
        cancelText={t('edit.cancel')}
        confirmLoading={loading || updating}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={
            editing
              ? {
                  at: dayjs(editing.at),
                  method: editing.method,
                  contactId: editing.contact?.id,
                  subject: editing.subject ?? undefined,
                  content: editing.content,
                  feedback: editing.feedback ?? undefined,
                  nextAt: editing.nextAt ? dayjs(editing.nextAt) : null,
                  nextPlan: editing.nextPlan ?? undefined,
                  remind: editing.remind,
                }
              : { at: dayjs(), method: 'PHONE', remind: true }
          }
          onFinish={(v) => void submit(v)}
        >
          <Flex gap={12} wrap>
            <Form.Item name="at" label={t('followUps.at')} style={{ flex: '1 1 200px' }} rules={[{ required: true }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="method" label={t('followUps.method')} style={{ flex: '1 1 160px' }} rules={[{ required: true }]}>
              <Select options={METHODS.map((m) => ({ value: m, label: t(`enums.method.${m}`) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="contactId" label={t('followUps.contact')}>
            <Select allowClear options={customer.contacts.map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="subject" label={t('followUps.subject')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('followUps.content')}
            rules={[{ required: true, whitespace: true, message: t('followUps.contentRequired') }]}
          >
            <Input.TextArea rows={4} maxLength={5000} autoFocus />
          </Form.Item>
          <Form.Item name="feedback" label={t('followUps.feedback')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="nextAt" label={t('followUps.nextAt')} style={{ flex: '1 1 200px' }}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="nextPlan" label={t('followUps.nextPlan')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
          <Form.Item name="remind" valuePropName="checked">
            <Checkbox>{t('followUps.remind')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}

/** For component tests that answer the mutation. */
export const CreateFollowUpMutationForTest = CreateFollowUpMutation;
export const DeleteFollowUpMutationForTest = DeleteFollowUpMutation;
