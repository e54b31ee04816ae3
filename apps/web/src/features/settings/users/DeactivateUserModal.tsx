'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Form, Modal, Select } from 'antd';
import type { SettingsUser_UserFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { ActiveUserOptionsQuery, DeactivateUserMutation } from './documents';

export interface DeactivateUserModalProps {
  user: SettingsUser_UserFragment | null;
  onClose: () => void;
  onDone: () => void;
}

/**
 * 停用 / 离职: the API refuses (CONFLICT, naming how many customers) while the user still owns customers
 * unless a receiver is named; the message is shown on the receiver field so the admin picks one.
 */
export function DeactivateUserModal({ user, onClose, onDone }: DeactivateUserModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ receiverId?: string }>();
  const people = useQuery(ActiveUserOptionsQuery, { skip: !user });
  const [deactivate, { loading }] = useMutation(DeactivateUserMutation);

  async function submit({ receiverId }: { receiverId?: string }) {
    if (!user) return;
    try {
      const res = await deactivate({ variables: { id: user.id, receiverId: receiverId ?? null } });
      const moved = res.data?.deactivateUser.customersMoved ?? 0;
      message.success(moved ? t('deactivate.doneMoved', { name: user.name, count: moved }) : t('deactivate.done', { name: user.name }));
      onDone();
    } catch (e) {
      // CONFLICT "still owns N customers" names the receiverId field: shown there, so a receiver gets picked.
      if (!showFieldError(form, e, locale, ['receiverId'])) message.error(apiErrorText(e, locale));
    }
  }

  const options = (people.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((u) => u.id !== user?.id)
    .map((u) => ({ value: u.id, label: `${u.name}（${t(`role.${u.role}`)}）` }));

  return (
    <Modal
      open={!!user}
      title={t('deactivate.title', { name: user?.name ?? '' })}
      okText={t('deactivate.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('deactivate.explain')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" name="deactivate-user" onFinish={submit} preserve={false}>
        <Form.Item name="receiverId" label={t('deactivate.receiver')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            placeholder={t('deactivate.receiverPlaceholder')}
            options={options}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
