'use client';

import { Descriptions, Form, Input, Modal, Tag } from 'antd';
import { useEffect } from 'react';
import type { OpportunityStage } from '@/gql/schema';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, STAGES } from './common/labels';
import { DEALS_MESSAGES } from './messages';

export interface AdvanceValues {
  note: string;
  lostReason?: string;
}

export interface AdvanceModalProps {
  /** The move to confirm; null keeps the modal closed. */
  move: { name: string; from: OpportunityStage; to: OpportunityStage } | null;
  submitting?: boolean;
  onCancel: () => void;
  onSubmit: (values: AdvanceValues) => void | Promise<void>;
}

const stageColor = (s: OpportunityStage) => STAGES.find((x) => x.stage === s)?.color;

/** Asks for the note of a stage move (and the lost reason when the deal is lost) before advancing. */
export function AdvanceModal({ move, submitting, onCancel, onSubmit }: AdvanceModalProps) {
  const m = useFeatureT(DEALS_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [form] = Form.useForm<AdvanceValues>();
  useEffect(() => {
    if (move) form.resetFields();
  }, [move, form]);

  return (
    <Modal
      open={!!move}
      title={move ? m('advanceTitle', { name: move.name }) : ''}
      okText={m('ok')}
      cancelText={m('cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', form: 'advance-opportunity-form' }}
      onCancel={onCancel}
      forceRender
    >
      {move ? (
        <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={m('from')}>
            <Tag color={stageColor(move.from)}>{labels(`stage.${move.from}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={m('to')}>
            <Tag color={stageColor(move.to)}>{labels(`stage.${move.to}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Form
        form={form}
        id="advance-opportunity-form"
        name="advance"
        layout="vertical"
        onFinish={(values) => onSubmit({ note: values.note.trim(), lostReason: values.lostReason?.trim() || undefined })}
      >
        <Form.Item name="note" label={m('note')} rules={[{ required: true, whitespace: true, message: m('noteRequired') }, { max: 2000 }]}>
          <Input.TextArea rows={3} placeholder={m('notePlaceholder')} autoFocus maxLength={2000} />
        </Form.Item>
        {move?.to === 'LOST' ? (
          <Form.Item
            name="lostReason"
            label={m('lostReason')}
            rules={[{ required: true, whitespace: true, message: m('lostReasonRequired') }, { max: 2000 }]}
          >
            <Input.TextArea rows={2} placeholder={m('lostReasonPlaceholder')} maxLength={2000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
