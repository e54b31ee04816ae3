'use client';

import { useMutation } from '@apollo/client/react';
import { moneyProblem } from '@kehu/domain/money';
import { addPeriods, periodLabel, periodStartOf, type SalesPeriod } from '@kehu/domain/sales-forecast';
import { Button, Form, Input, Modal, Select } from 'antd';
import { useMemo, useState } from 'react';
import { graphql } from '@/gql';
import type { TargetSubject } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useForecastT } from './useForecastT';

export const SetSalesTargetMutation = graphql(`
  mutation SetSalesTarget($input: SetSalesTargetInput!) {
    setSalesTarget(input: $input) {
      id
      subject
      userId
      period
      periodStart
      amount
      version
    }
  }
`);

export interface TargetFormValues {
  subject: TargetSubject;
  userId?: string;
  period: SalesPeriod;
  periodStart: string;
  amount?: string;
}

export interface TargetFormModalProps {
  open: boolean;
  /** People and team leaders the caller may set targets for (the forecast's rows). */
  people: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  /** Admins may set the company target. */
  canCompany: boolean;
  /** Today in the business calendar (YYYY-MM-DD) and the page's period: the form offers periods around it. */
  today: string;
  period: SalesPeriod;
  onClose: () => void;
  onSaved?: () => void;
}

/** The amount rule of the API (@kehu/domain): 0 or more, at most two decimals. */
export function targetAmountProblem(value: string | undefined): 'required' | 'invalid' | null {
  const v = (value ?? '').trim();
  if (!v) return 'required';
  return moneyProblem(v, { allowZero: true }) ? 'invalid' : null;
}

/** 设定销售目标: whom, which period, how much; "清除目标" removes it. Managers and admins only (the page hides it otherwise). */
export function TargetFormModal({ open, people, teams, canCompany, today, period, onClose, onSaved }: TargetFormModalProps) {
  const t = useForecastT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<TargetFormValues>();
  const [setTarget, { loading }] = useMutation(SetSalesTargetMutation);
  const [clearing, setClearing] = useState(false);
  const subject = Form.useWatch('subject', form) ?? 'PERSON';
  const chosenPeriod: SalesPeriod = Form.useWatch('period', form) ?? period;

  const starts = useMemo(() => {
    const current = periodStartOf(today, chosenPeriod);
    return Array.from({ length: 12 }, (_, i) => addPeriods(current, chosenPeriod, i - 2)).map((s) => ({
      value: s,
      label: periodLabel(s, chosenPeriod),
    }));
  }, [today, chosenPeriod]);
  const users = subject === 'TEAM' ? teams : people;

  const send = async (values: TargetFormValues, clear: boolean) => {
    try {
      await setTarget({
        variables: {
          input: {
            subject: values.subject,
            userId: values.subject === 'COMPANY' ? null : values.userId,
            period: values.period,
            periodStart: values.periodStart,
            amount: clear ? null : (values.amount ?? '').trim(),
          },
        },
      });
      message.success(clear ? t('form.cleared') : t('form.saved'));
      onSaved?.();
      onClose();
    } catch (err) {
      message.error(apiErrorText(err, locale));
    }
  };

  const clearTarget = async () => {
    setClearing(true);
    try {
      const values = await form.validateFields(['subject', 'userId', 'period', 'periodStart']);
      await send(values as TargetFormValues, true);
    } catch {
      // the fields show what is missing
    } finally {
      setClearing(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('form.title')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading && !clearing}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <Button onClick={() => void clearTarget()} loading={clearing} disabled={loading && !clearing}>
            {t('form.clear')}
          </Button>
          <OkBtn />
        </>
      )}
    >
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        name="sales-target"
        initialValues={{ subject: 'PERSON', period, periodStart: periodStartOf(today, period) }}
        onFinish={(values) => void send(values, false)}
        onValuesChange={(changed: Partial<TargetFormValues>) => {
          if (changed.subject) form.setFieldValue('userId', undefined);
          if (changed.period) form.setFieldValue('periodStart', periodStartOf(today, changed.period));
        }}
      >
        <Form.Item name="subject" label={t('form.subject')}>
          <Select
            options={(['PERSON', 'TEAM', ...(canCompany ? ['COMPANY'] : [])] as TargetSubject[]).map((s) => ({
              value: s,
              label: t(`subject.${s}`),
            }))}
          />
        </Form.Item>
        {subject !== 'COMPANY' ? (
          <Form.Item name="userId" label={t('form.user')} rules={[{ required: true, message: t('form.userRequired') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={users.map((u) => ({ value: u.id, label: subject === 'TEAM' ? t('teamOf', { name: u.name }) : u.name }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="period" label={t('form.period')}>
          <Select options={(['MONTH', 'QUARTER', 'YEAR'] as SalesPeriod[]).map((p) => ({ value: p, label: t(`period.${p}`) }))} />
        </Form.Item>
        <Form.Item name="periodStart" label={t('form.periodStart')} rules={[{ required: true, message: t('form.periodStartRequired') }]}>
          <Select options={starts} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('form.amount')}
          extra={t('form.amountHint')}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const problem = targetAmountProblem(value);
                return problem
                  ? Promise.reject(new Error(problem === 'required' ? t('form.amountRequired') : t('form.amountInvalid')))
                  : Promise.resolve();
              },
            },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
