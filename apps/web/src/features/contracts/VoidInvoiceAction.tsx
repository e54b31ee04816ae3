'use client';

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, errorCode, showFieldError } from '@/lib/apollo/errorText';
import { formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ROW_ACTION_MESSAGES } from './rowActionMessages';
import { VoidInvoiceMutation } from './rowActionQueries';

export interface InvoiceRow {
  id: string;
  number: string;
  amount: string;
  status: string;
  version: number;
}

export interface VoidInvoiceActionProps {
  invoice: InvoiceRow;
  /** Reload the contract (after voiding, or when our version turned out stale). */
  onChanged: () => Promise<unknown> | void;
}

/** 作废 on an issued invoice: a dialog that says what happens and asks for the reason (the API requires one). */
export function VoidInvoiceAction({ invoice, onChanged }: VoidInvoiceActionProps) {
  const r = useFeatureT(ROW_ACTION_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const [voidInvoice, state] = useMutation(VoidInvoiceMutation);

  if (invoice.status !== 'ISSUED') return null;

  const submit = async ({ reason }: { reason?: string }) => {
    try {
      await voidInvoice({ variables: { id: invoice.id, version: invoice.version, reason: (reason ?? '').trim() } });
    } catch (err) {
      if (showFieldError(form, err, locale, { reason: 'reason' })) return;
      if (errorCode(err) === 'CONFLICT') {
        message.warning(r('stale'));
        setOpen(false);
        void Promise.resolve(onChanged()).catch(() => undefined);
        return;
      }
      message.error(apiErrorText(err, locale));
      return;
    }
    message.success(r('voided'));
    setOpen(false);
    await onChanged();
  };

  return (
    <>
      <Button size="small" type="link" danger onClick={() => setOpen(true)}>
        {r('void')}
      </Button>
      {open ? (
        <Modal
          open
          title={r('voidInvoice')}
          okText={r('void')}
          cancelText={r('cancel')}
          okButtonProps={{ danger: true, loading: state.loading, htmlType: 'submit', form: `void-${invoice.id}` }}
          onCancel={() => setOpen(false)}
        >
          <Alert
            type="warning"
            showIcon
            title={r('voidConfirm', { number: invoice.number, amount: formatMoney(invoice.amount) })}
            style={{ marginBottom: 12 }}
          />
          <Form form={form} id={`void-${invoice.id}`} name="voidInvoice" layout="vertical" onFinish={submit}>
            <Form.Item
              name="reason"
              label={r('voidReason')}
              rules={[{ required: true, whitespace: true, message: r('voidReasonRequired') }, { max: 500 }]}
            >
              <Input.TextArea rows={2} maxLength={500} placeholder={r('voidReasonPlaceholder')} autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      ) : null}
    </>
  );
}
