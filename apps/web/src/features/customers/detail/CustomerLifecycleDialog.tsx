'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Input, Modal, Typography } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { DeactivateCustomerMutation, DeleteCustomerMutation, isDeleteRefused, ReactivateCustomerMutation } from './lifecycleDocuments';
import { useLifecycleT } from './useLifecycleT';

export type LifecycleAction = 'deactivate' | 'reactivate' | 'delete';

/**
 * Confirms 停用 / 启用 / 删除 of one customer. A refused delete (the customer has contracts) says why and offers
 * 改为停用 in place; a delete that worked leaves the page for the list, with a link to the recycle bin.
 */
export function CustomerLifecycleDialog(props: { customer: { id: string; name: string }; action: LifecycleAction; onClose: () => void }) {
  const t = useLifecycleT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const router = useRouter();
  const client = useApolloClient();
  const [action, setAction] = useState<LifecycleAction>(props.action);
  const [reason, setReason] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const [deactivate, d] = useMutation(DeactivateCustomerMutation);
  const [reactivate, r] = useMutation(ReactivateCustomerMutation);
  const [remove, x] = useMutation(DeleteCustomerMutation);
  const name = props.customer.name;

  const run = async () => {
    try {
      if (action === 'deactivate') {
        await deactivate({ variables: { id: props.customer.id, reason: reason.trim() || null } });
        message.success(t('deactivated'));
      } else if (action === 'reactivate') {
        await reactivate({ variables: { id: props.customer.id } });
        message.success(t('reactivated'));
      } else {
        await remove({ variables: { id: props.customer.id } });
        message.success(
          <span>
            {t('deleted')} · <Link href="/customers/recycle-bin">{t('recycleBin')}</Link>
          </span>,
        );
        router.push('/customers');
        // Lists must not show it any more.
        client.cache.evict({ id: client.cache.identify({ __typename: 'Customer', id: props.customer.id }) });
        client.cache.gc();
      }
      props.onClose();
    } catch (e) {
      if (action === 'delete' && isDeleteRefused(e)) setRefused(errorText(e));
      else message.error(errorText(e));
    }
  };

  const title =
    action === 'deactivate'
      ? t('deactivateTitle', { name })
      : action === 'reactivate'
        ? t('reactivateTitle', { name })
        : t('deleteTitle', { name });
  return (
    <Modal
      open
      title={title}
      onCancel={props.onClose}
      confirmLoading={d.loading || r.loading || x.loading}
      onOk={() => void run()}
      okText={action === 'deactivate' ? t('deactivate') : action === 'reactivate' ? t('reactivate') : t('delete')}
      okButtonProps={{ danger: action === 'delete', disabled: !!refused && action === 'delete' }}
      cancelText={t('cancel')}
      destroyOnHidden
    >
      {action === 'deactivate' ? (
        <>
          <Typography.Paragraph type="secondary">{t('deactivateHint')}</Typography.Paragraph>
          <Input.TextArea
            aria-label={t('reason')}
            placeholder={t('reason')}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      ) : null}
      {action === 'delete' && !refused ? <Typography.Paragraph type="secondary">{t('deleteHint')}</Typography.Paragraph> : null}
      {action === 'delete' && refused ? (
        <Alert
          type="warning"
          showIcon
          data-testid="delete-refused"
          title={refused}
          description={t('deleteRefusedOffer')}
          action={
            <Button
              type="primary"
              onClick={() => {
                setRefused(null);
                setAction('deactivate');
              }}
            >
              {t('deactivateInstead')}
            </Button>
          }
        />
      ) : null}
    </Modal>
  );
}
