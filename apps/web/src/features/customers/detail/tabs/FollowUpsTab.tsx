'use client';

import { useMutation } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Select, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { FollowUpMethod } from '@/gql/schema';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useApiErrorText } from '@/lib/apollo/errorText';
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

/** 跟进记录: the customer's follow-ups, newest first, and "新建跟进". */
export function FollowUpsTab(props: { customer: FragmentType<typeof FollowUpsTabFragment>; canCreate: boolean }) {
  const customer = getFragmentData(FollowUpsTabFragment, props.customer);
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FollowUpFormValues>();
  const [createFollowUp, { loading }] = useMutation(CreateFollowUpMutation);
  const list = customer.followUps.edges.map((e) => e.node);

  const submit = async (v: FollowUpFormValues) => {
    try {
      await createFollowUp({
        variables: {
          customerId: customer.id,
          input: {
            at: v.at.startOf('minute').toISOString(),
            method: v.method,
            contactId: v.contactId ?? null,
            subject: blankToNull(v.subject),
            content: v.content.trim(),
            feedback: blankToNull(v.feedback),
            nextAt: v.nextAt ? v.nextAt.startOf('minute').toISOString() : null,
            nextPlan: blankToNull(v.nextPlan),
            remind: !!v.remind,
          },
        },
      });
      message.success(t('followUps.added'));
      setOpen(false);
      form.resetFields();
    } catch (error) {
      message.error(errorText(error));
    }
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
      {list.length === 0 ? (
        <EmptyHint>{t('followUps.empty')}</EmptyHint>
      ) : (
        <Timeline
          data-testid="follow-up-list"
          items={list.map((f) => ({
            key: f.id,
            children: (
              <Flex vertical gap={2}>
                <Typography.Text type="secondary">
                  {formatDateTime(f.at)} · {t(`enums.method.${f.method}`)} · {f.author.name}
                  {f.contact ? ` → ${f.contact.name}` : ''}
                </Typography.Text>
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
        title={t('followUps.add')}
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('edit.save')}
        cancelText={t('edit.cancel')}
        confirmLoading={loading}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ at: dayjs(), method: 'PHONE', remind: true }}
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
