'use client';

import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal } from 'antd';
import { apiErrorText } from '@/lib/apollo/errorText';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CancelTaskMutation, CompleteTaskMutation } from './documents';
import { useTaskT } from './useTaskT';

export type CloseMode = 'complete' | 'cancel';

export interface CloseTaskDialogProps {
  task: { id: string; title: string; version: number } | null;
  mode: CloseMode;
  onClose: () => void;
  /** After success, or after a CONFLICT (the list is reloaded so the user sees the current state). */
  onDone: () => void;
}

/** 完成 / 取消 a task with a note (how it went, or why it was cancelled). */
export function CloseTaskDialog({ task, mode, onClose, onDone }: CloseTaskDialogProps) {
  const t = useTaskT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ note?: string }>();
  const [complete, completing] = useMutation(CompleteTaskMutation);
  const [cancel, cancelling] = useMutation(CancelTaskMutation);
  const words = mode === 'complete' ? 'completeDialog' : 'cancelDialog';

  async function submit({ note }: { note?: string }) {
    if (!task) return;
    const variables = { id: task.id, version: task.version, note: note?.trim() || null };
    try {
      if (mode === 'complete') await complete({ variables });
      else await cancel({ variables });
      message.success(t(`${words}.done`));
      onDone();
    } catch (e) {
      message.error(apiErrorText(e, locale));
      if (hasErrorCode(e, 'CONFLICT')) onDone();
    }
  }

  return (
    <Modal
      open={!!task}
      title={`${t(`${words}.title`)}：${task?.title ?? ''}`}
      okText={t(`${words}.submit`)}
      okButtonProps={{ danger: mode === 'cancel' }}
      cancelText={t('form.cancel')}
      confirmLoading={completing.loading || cancelling.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} name="close-task">
        <Form.Item name="note" label={t(`${words}.note`)}>
          <Input.TextArea rows={3} autoFocus placeholder={t(`${words}.notePlaceholder`)} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
