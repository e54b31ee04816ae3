'use client';

import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { InvoiceType } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { isPositiveMoney } from '@/features/deals/common/money';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CONTRACT_MESSAGES } from './messages';

interface BaseProps<V> {
  open: boolean;
  submitting?: boolean;
  onCancel: () => void;
  /** Saves; a rejected promise is shown on the field the API names or as a message. */
  onSubmit: (values: V) => Promise<void>;
}

function useSubmitWithErrors<F extends object>(form: ReturnType<typeof Form.useForm<F>>[0]) {
  const [locale] = useLocale();
  const { message } = useFeedback();
  return (p: Promise<void>) =>
    p.catch((err: unknown) => {
      if (!showFieldError(form, err, locale)) message.error(apiErrorText(err, locale));
    });
}

export interface PlanValues {
  amount: string;
  dueDate: string;
  remark: string | null;
}

export interface PaymentPlanFormProps extends BaseProps<PlanValues> {
  /** Editing: the plan as read (the form starts from it) and the dialog's title. */
  initial?: PlanValues | null;
  title?: string;
}

/** 添加收款计划: amount (decimal string) and due date; the API refuses plans beyond the contract amount. */
export function PaymentPlanForm({ open, submitting, onCancel, onSubmit, initial, title }: PaymentPlanFormProps) {
  const m = useFeatureT(CONTRACT_MESSAGES);
  const [form] = Form.useForm<{ amount?: string; dueDate?: Dayjs; remark?: string }>();
  const run = useSubmitWithErrors(form);
  const formId = initial ? 'plan-edit-form' : 'plan-form';
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial) form.setFieldsValue({ amount: initial.amount, dueDate: dayjs(initial.dueDate), remark: initial.remark ?? undefined });
  }, [open, form, initial]);
  return (
    <Modal
      open={open}
      title={title ?? m('addPlan')}
      okText={m('save')}
      cancelText={m('cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', form: formId }}
      onCancel={onCancel}
      forceRender
    >
      <Form
        form={form}
        id={formId}
        name={initial ? 'planEdit' : 'plan'}
        layout="vertical"
        onFinish={(v) =>
          run(
            onSubmit({
              amount: (v.amount ?? '').trim(),
              dueDate: (v.dueDate ?? dayjs()).format('YYYY-MM-DD'),
              remark: v.remark?.trim() || null,
            }),
          )
        }
      >
        <Form.Item
          name="amount"
          label={m('planAmount')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: m('planAmountRequired') },
            {
              validator: (_, v?: string) =>
                !v || isPositiveMoney(v.trim()) ? Promise.resolve() : Promise.reject(new Error(m('amountInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" placeholder="0.00" autoFocus />
        </Form.Item>
        <Form.Item name="dueDate" label={m('dueDate')} rules={[{ required: true, message: m('dueDateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="remark" label={m('remark')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface InvoiceValues {
  number: string;
  type: InvoiceType;
  amount: string;
  issuedDate: string;
  remark: string | null;
}

const INVOICE_TYPES: InvoiceType[] = ['VAT_SPECIAL', 'VAT_NORMAL', 'E_INVOICE'];

/** 开具发票: number, type, amount, date; the API refuses invoices beyond the contract amount. */
export function InvoiceForm({ open, submitting, onCancel, onSubmit }: BaseProps<InvoiceValues>) {
  const m = useFeatureT(CONTRACT_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [form] = Form.useForm<{ number?: string; type?: InvoiceType; amount?: string; issuedDate?: Dayjs; remark?: string }>();
  const run = useSubmitWithErrors(form);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={m('addInvoice')}
      okText={m('save')}
      cancelText={m('cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', form: 'invoice-form' }}
      onCancel={onCancel}
      forceRender
    >
      <Form
        form={form}
        id="invoice-form"
        name="invoice"
        layout="vertical"
        initialValues={{ type: 'VAT_NORMAL', issuedDate: dayjs() }}
        onFinish={(v) =>
          run(
            onSubmit({
              number: (v.number ?? '').trim(),
              type: v.type ?? 'VAT_NORMAL',
              amount: (v.amount ?? '').trim(),
              issuedDate: (v.issuedDate ?? dayjs()).format('YYYY-MM-DD'),
              remark: v.remark?.trim() || null,
            }),
          )
        }
      >
        <Form.Item
          name="number"
          label={m('invoiceNumber')}
          rules={[{ required: true, whitespace: true, message: m('invoiceNumberRequired') }, { max: 64 }]}
        >
          <Input autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item name="type" label={m('invoiceType')} rules={[{ required: true, message: m('invoiceTypeRequired') }]}>
          <Select options={INVOICE_TYPES.map((t) => ({ value: t, label: labels(`invoiceType.${t}`) }))} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={m('invoiceAmount')}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: m('planAmountRequired') },
            {
              validator: (_, v?: string) =>
                !v || isPositiveMoney(v.trim()) ? Promise.resolve() : Promise.reject(new Error(m('amountInvalid'))),
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" placeholder="0.00" />
        </Form.Item>
        <Form.Item name="issuedDate" label={m('issuedDate')} rules={[{ required: true, message: m('issuedDateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="remark" label={m('remark')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
