'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { DeleteTagMutation, SettingsTagsQuery, TagUsageQuery } from './documents';

export interface DeleteTagDialogProps {
  tag: { id: string; name: string } | null;
  onClose: () => void;
}

/**
 * 删除标签: says how many customers lose it before anything happens; afterwards how many did (the API's
 * customersUntagged). A refusal (a carrier outside your edit scope) stays in the dialog.
 */
export function DeleteTagDialog({ tag, onClose }: DeleteTagDialogProps) {
  const t = useSettingsT();
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const [failure, setFailure] = useState<string | null>(null);
  const usage = useQuery(TagUsageQuery, { variables: { name: tag?.name ?? '' }, skip: !tag, fetchPolicy: 'network-only' });
  const [remove, { loading }] = useMutation(DeleteTagMutation, { refetchQueries: [SettingsTagsQuery], awaitRefetchQueries: true });
  const count = usage.data?.customers.totalCount;

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!tag) return;
    try {
      const { data } = await remove({ variables: { id: tag.id } });
      message.success(t('tags.deleted', { name: tag.name, count: data?.deleteTag.customersUntagged ?? 0 }));
      close();
    } catch (err) {
      setFailure(errorText(err));
    }
  };

  return (
    <Modal
      open={!!tag}
      title={tag ? t('tags.deleteTitle', { name: tag.name }) : null}
      okText={t('tags.deleteOk')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: true, loading, disabled: count === undefined && !usage.error }}
      onOk={() => void confirm()}
      onCancel={close}
      destroyOnHidden
    >
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      {usage.error ? (
        <Alert type="warning" showIcon title={errorText(usage.error)} />
      ) : count === undefined ? (
        <Typography.Text type="secondary">{t('tags.counting')}</Typography.Text>
      ) : (
        <Typography.Text>{count > 0 ? t('tags.deleteConfirm', { count }) : t('tags.deleteConfirmUnused')}</Typography.Text>
      )}
    </Modal>
  );
}
