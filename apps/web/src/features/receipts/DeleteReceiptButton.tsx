'use client';

import { useMutation } from '@apollo/client/react';
import { Button, Popconfirm } from 'antd';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { formatDate, formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { useFeedback } from '@/lib/feedback/Feedback';
import { RECEIPT_MESSAGES } from './messages';
import { DeleteReceiptMutation } from './queries';

export interface DeleteReceiptButtonProps {
  receipt: { id: string; amount: string; receivedDate: string };
  contractNumber: string;
  /** Reload whatever lists it (the receivable changes with it). */
  onDeleted: () => Promise<unknown> | void;
}

/** 删除 a receipt entered by mistake, after a confirmation that names it. */
export function DeleteReceiptButton({ receipt, contractNumber, onDeleted }: DeleteReceiptButtonProps) {
  const m = useFeatureT(RECEIPT_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [remove, { loading }] = useMutation(DeleteReceiptMutation);

  const confirm = async () => {
    try {
      await remove({ variables: { id: receipt.id } });
    } catch (err) {
      message.error(apiErrorText(err, locale));
      return;
    }
    message.success(m('deleted'));
    await onDeleted();
  };

  return (
    <Popconfirm
      title={m('deleteConfirm', { date: formatDate(receipt.receivedDate), amount: formatMoney(receipt.amount), number: contractNumber })}
      description={m('deleteHint')}
      okText={m('confirm')}
      cancelText={m('cancel')}
      okButtonProps={{ danger: true, loading }}
      onConfirm={confirm}
    >
      <Button size="small" type="link" danger>
        {m('delete')}
      </Button>
    </Popconfirm>
  );
}
