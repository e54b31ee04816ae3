'use client';

import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, errorCode } from '@/lib/apollo/errorText';
import { apiErrorInfo } from '@/lib/apollo/errors';
import { formatDate, formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { useFeedback } from '@/lib/feedback/Feedback';
import { PaymentPlanForm, type PlanValues } from './PlanAndInvoiceForms';
import { ROW_ACTION_MESSAGES } from './rowActionMessages';
import { DeletePaymentPlanMutation, UpdatePaymentPlanMutation } from './rowActionQueries';

export interface PlanRow {
  id: string;
  dueDate: string;
  amount: string;
  receivedAmount: string;
  remark?: string | null;
  version: number;
}

export interface PaymentPlanRowActionsProps {
  plan: PlanRow;
  /** Reload the contract (after a change, or when our version turned out stale). */
  onChanged: () => Promise<unknown> | void;
}

const hasReceipts = (plan: PlanRow) => Number(plan.receivedAmount) > 0;

/**
 * 编辑 / 删除 on a payment plan row. Edit saves with the version read (stale: a conflict, the page reloads);
 * delete asks first, and is not offered once money was received against the plan (the API refuses it).
 */
export function PaymentPlanRowActions({ plan, onChanged }: PaymentPlanRowActionsProps) {
  const r = useFeatureT(ROW_ACTION_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [editing, setEditing] = useState(false);
  // Stable while the dialog is open: the form starts from it once, not at every render.
  const initial = useMemo<PlanValues>(
    () => ({ amount: plan.amount, dueDate: plan.dueDate, remark: plan.remark ?? null }),
    [plan.amount, plan.dueDate, plan.remark],
  );
  const [update, updateState] = useMutation(UpdatePaymentPlanMutation);
  const [remove, removeState] = useMutation(DeletePaymentPlanMutation);

  const stale = () => {
    message.warning(r('stale'));
    setEditing(false);
    void Promise.resolve(onChanged()).catch(() => undefined);
  };

  const save = async (values: PlanValues) => {
    try {
      await update({ variables: { id: plan.id, version: plan.version, input: values } });
    } catch (err) {
      if (errorCode(err) === 'CONFLICT' && !apiErrorInfo(err)?.field) return stale();
      throw err; // the form puts it on the field the API names, or shows it
    }
    message.success(r('planSaved'));
    setEditing(false);
    await onChanged();
  };

  const doDelete = async () => {
    try {
      await remove({ variables: { id: plan.id } });
      message.success(r('planDeleted'));
      await onChanged();
    } catch (err) {
      message.error(apiErrorText(err, locale));
    }
  };

  const locked = hasReceipts(plan);
  return (
    <Space size={4}>
      <Button size="small" type="link" onClick={() => setEditing(true)}>
        {r('edit')}
      </Button>
      <Popconfirm
        title={r('deletePlanConfirm', { date: formatDate(plan.dueDate), amount: formatMoney(plan.amount) })}
        description={r('deletePlanHint')}
        okText={r('confirm')}
        cancelText={r('cancel')}
        okButtonProps={{ danger: true, loading: removeState.loading }}
        onConfirm={doDelete}
        disabled={locked}
      >
        <Tooltip title={locked ? r('planHasReceipts') : undefined}>
          <Button size="small" type="link" danger disabled={locked}>
            {r('delete')}
          </Button>
        </Tooltip>
      </Popconfirm>
      {editing ? (
        <PaymentPlanForm
          open
          title={r('editPlan')}
          initial={initial}
          submitting={updateState.loading}
          onCancel={() => setEditing(false)}
          onSubmit={save}
        />
      ) : null}
    </Space>
  );
}
