'use client';

import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { ContractAction } from '@/gql/schema';
import { useFeatureT } from '@/i18n/feature';
import { CONTRACT_MESSAGES } from './messages';

export interface ContractActionValues {
  comment?: string;
  signedAt?: string;
}

export interface ContractActionModalProps {
  /** The action to confirm; null keeps the modal closed. */
  action: ContractAction | null;
  contractNumber: string;
  submitting?: boolean;
  onCancel: () => void;
  onSubmit: (values: ContractActionValues) => void | Promise<void>;
}

const ACTION_KEY = {
  SUBMIT: 'submit',
  APPROVE: 'approve',
  REJECT: 'reject',
  SIGN: 'sign',
  COMPLETE: 'complete',
  TERMINATE: 'terminate',
} as const;

/**
 * Confirms one approval-flow step. Rejecting needs a comment (the owner must know what to fix), terminating a
 * reason, signing a date not in the future; the other steps take an optional comment.
 */
export function ContractActionModal({ action, contractNumber, submitting, onCancel, onSubmit }: ContractActionModalProps) {
  const m = useFeatureT(CONTRACT_MESSAGES);
  const [form] = Form.useForm<{ comment?: string; signedAt?: Dayjs }>();
  useEffect(() => {
    if (action) form.resetFields();
  }, [action, form]);

  const required = action === 'REJECT' || action === 'TERMINATE';
  const commentLabel = action === 'REJECT' ? m('rejectComment') : action === 'TERMINATE' ? m('terminateReason') : m('commentOptional');
  const requiredMessage = action === 'REJECT' ? m('rejectCommentRequired') : m('terminateReasonRequired');

  return (
    <Modal
      open={!!action}
      title={action ? `${m(ACTION_KEY[action])} · ${contractNumber}` : ''}
      okText={action ? m(ACTION_KEY[action]) : m('save')}
      cancelText={m('cancel')}
      okButtonProps={{
        loading: submitting,
        htmlType: 'submit',
        form: 'contract-action-form',
        danger: action === 'REJECT' || action === 'TERMINATE',
      }}
      onCancel={onCancel}
      forceRender
    >
      <Form
        form={form}
        id="contract-action-form"
        name="contractAction"
        layout="vertical"
        initialValues={{ signedAt: dayjs() }}
        onFinish={(v) =>
          onSubmit({ comment: v.comment?.trim() || undefined, signedAt: v.signedAt ? v.signedAt.format('YYYY-MM-DD') : undefined })
        }
      >
        {action === 'SIGN' ? (
          <Form.Item
            name="signedAt"
            label={m('signDate')}
            rules={[
              { required: true, message: m('signDateRequired') },
              {
                validator: (_, v?: Dayjs) =>
                  v && v.isAfter(dayjs(), 'day') ? Promise.reject(new Error(m('signDateFuture'))) : Promise.resolve(),
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="comment"
          label={commentLabel}
          rules={required ? [{ required: true, whitespace: true, message: requiredMessage }, { max: 2000 }] : [{ max: 2000 }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder={action === 'REJECT' ? m('rejectPlaceholder') : undefined} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
