'use client';

import { DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { PaymentPlanStatus, ReceiptMethod } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { isPositiveMoney, moneyLte } from '@/features/deals/common/money';
import { useFeedback } from '@/lib/feedback/Feedback';
import { RECEIPT_MESSAGES } from './messages';

export interface ReceiptFormValues {
  amount: string;
  receivedDate: string;
  method: ReceiptMethod;
  planId: string | null;
  remark: string | null;
}

export interface ReceiptFormPlan {
  id: string;
  dueDate: string;
  amount: string;
  outstandingAmount: string;
  status: PaymentPlanStatus;
}

export interface ReceiptFormProps {
  open: boolean;
  contractNumber: string;
  /** What is still open on the contract (the API refuses more; checked here as you type). */
  outstanding: string;
  plans: readonly ReceiptFormPlan[];
  submitting?: boolean;
  onCancel: () => void;
  /** Saves; a rejected promise is shown on the field the API names (extensions.field) or as a message. */
  onSubmit: (values: ReceiptFormValues) => Promise<void>;
}

const METHODS: ReceiptMethod[] = ['BANK_TRANSFER', 'ALIPAY', 'WECHAT_PAY', 'CASH', 'CHEQUE', 'OTHER'];

interface Fields {
  amount?: string;
  receivedDate?: Dayjs;
  method?: ReceiptMethod;
  planId?: string;
  remark?: string;
}

/**
 * 登记回款: amount (a decimal string, never a float; above 0, at most two decimals, at most what is open —
 * on the chosen plan when one is picked, else on the contract), date (not in the future), method, optional plan.
 */
export function ReceiptForm({ open, contractNumber, outstanding, plans, submitting, onCancel, onSubmit }: ReceiptFormProps) {
  const m = useFeatureT(RECEIPT_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const openPlans = plans.filter((p) => p.status !== 'PAID');

  return (
    <Modal
      open={open}
      title={m('recordTitle', { number: contractNumber })}
      okText={m('save')}
      cancelText={m('cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', form: 'receipt-form' }}
      onCancel={onCancel}
      forceRender
    >
      <Typography.Paragraph type="secondary">{m('outstandingHint', { left: formatMoney(outstanding) })}</Typography.Paragraph>
      <Form<Fields>
        form={form}
        id="receipt-form"
        name="receipt"
        layout="vertical"
        initialValues={{ receivedDate: dayjs(), method: 'BANK_TRANSFER' }}
        onFinish={(v) =>
          onSubmit({
            amount: (v.amount ?? '').trim(),
            receivedDate: (v.receivedDate ?? dayjs()).format('YYYY-MM-DD'),
            method: v.method ?? 'BANK_TRANSFER',
            planId: v.planId ?? null,
            remark: v.remark?.trim() || null,
          }).catch((err: unknown) => {
            if (!showFieldError(form, err, locale)) message.error(apiErrorText(err, locale));
          })
        }
      >
        <Form.Item name="planId" label={m('plan')}>
          <Select
            allowClear
            placeholder={m('planNone')}
            options={openPlans.map((p) => ({
              value: p.id,
              label: m('planOption', { due: p.dueDate, amount: formatMoney(p.amount), left: formatMoney(p.outstandingAmount) }),
            }))}
            onChange={() => void form.validateFields(['amount']).catch(() => undefined)}
          />
        </Form.Item>
        <Form.Item
          name="amount"
          label={m('amount')}
          dependencies={['planId']}
          validateFirst
          rules={[
            { required: true, whitespace: true, message: m('amountRequired') },
            {
              validator: (_, v?: string) =>
                !v || isPositiveMoney(v.trim()) ? Promise.resolve() : Promise.reject(new Error(m('amountInvalid'))),
            },
            ({ getFieldValue }) => ({
              validator: (_, v?: string) => {
                if (!v) return Promise.resolve();
                const plan = openPlans.find((p) => p.id === getFieldValue('planId'));
                const max = plan ? plan.outstandingAmount : outstanding;
                return moneyLte(v.trim(), max)
                  ? Promise.resolve()
                  : Promise.reject(new Error(m('amountTooLarge', { max: formatMoney(max) })));
              },
            }),
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" placeholder="0.00" />
        </Form.Item>
        <Form.Item
          name="receivedDate"
          label={m('receivedDate')}
          rules={[
            { required: true, message: m('dateRequired') },
            {
              validator: (_, v?: Dayjs) =>
                v && v.isAfter(dayjs(), 'day') ? Promise.reject(new Error(m('dateFuture'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="method" label={m('method')} rules={[{ required: true, message: m('methodRequired') }]}>
          <Select options={METHODS.map((x) => ({ value: x, label: labels(`receiptMethod.${x}`) }))} />
        </Form.Item>
        <Form.Item name="remark" label={m('remark')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
