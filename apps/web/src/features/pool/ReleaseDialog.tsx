'use client';

import { useMutation } from '@apollo/client/react';
import { Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { graphql } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorInfo } from '@/lib/apollo/errors';
import { apiErrorText, localizeServerMessage, showFieldError } from '@/lib/apollo/errorText';
import { useFeatureT } from '@/i18n/feature';
import { useFeedback } from '@/lib/feedback/Feedback';
import { POOL_MESSAGES, RELEASE_REASONS } from './messages';

export const ReleaseCustomerMutation = graphql(`
  mutation ReleaseCustomer($id: ID!, $reason: String!) {
    releaseCustomer(id: $id, reason: $reason) {
      id
      inPool
      version
      owner {
        id
        name
      }
    }
  }
`);

export interface ReleaseDialogProps {
  /** The customer to release; null keeps the dialog closed. */
  customer: { id: string; name: string } | null;
  onClose: () => void;
  /** After the API accepted the release (e.g. refetch a list or leave the 360 page). */
  onReleased?: (customerId: string) => void;
}

/**
 * 退回公海 with a reason (required: it goes into the change log so anyone can see why). Reusable from the
 * customer list, the 360 page or anywhere a customer is shown.
 */
export function ReleaseDialog({ customer, onClose, onReleased }: ReleaseDialogProps) {
  const m = useFeatureT(POOL_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ reason: string }>();
  const [release, { loading }] = useMutation(ReleaseCustomerMutation);

  const submit = async ({ reason }: { reason: string }) => {
    if (!customer) return;
    try {
      await release({ variables: { id: customer.id, reason: reason.trim() } });
      message.success(m('released', { name: customer.name }));
      form.resetFields();
      onReleased?.(customer.id);
      onClose();
    } catch (error) {
      if (showFieldError(form, error, locale, { reason: 'reason' })) return;
      // CONFLICT here means "already in the pool" (someone released it first): the server's words say that.
      const info = apiErrorInfo(error);
      message.error(info?.code === 'CONFLICT' ? localizeServerMessage(info, locale) : apiErrorText(error, locale));
    }
  };

  return (
    <Modal
      open={!!customer}
      title={customer ? m('releaseTitle', { name: customer.name }) : ''}
      okText={m('releaseOk')}
      cancelText={m('cancel')}
      okButtonProps={{ danger: true, loading, htmlType: 'submit', form: 'release-customer-form' }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{m('releaseHint')}</Typography.Paragraph>
      <Form form={form} id="release-customer-form" name="release" layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="reason"
          label={m('releaseReason')}
          rules={[{ required: true, whitespace: true, message: m('releaseReasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} placeholder={m('releaseReasonPlaceholder')} autoFocus maxLength={500} showCount />
        </Form.Item>
        <Flex gap={6} wrap align="center">
          <Typography.Text type="secondary">{m('releaseQuick')}:</Typography.Text>
          {RELEASE_REASONS[locale].map((r) => (
            <Tag.CheckableTag key={r} checked={false} onChange={() => form.setFieldsValue({ reason: r })}>
              {r}
            </Tag.CheckableTag>
          ))}
        </Flex>
      </Form>
    </Modal>
  );
}
