'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Modal, Select } from 'antd';
import type { Role, SettingsUser_UserFragment } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { ROLES } from './CreateUserModal';
import { ManagerOptionsQuery, UpdateUserMutation } from './documents';

const FIELDS = ['name', 'email', 'phone', 'role', 'managerId'] as const;

interface Fields {
  name: string;
  email: string;
  phone?: string;
  role: Role;
  managerId?: string | null;
}

export interface EditUserModalProps {
  user: SettingsUser_UserFragment | null;
  onClose: () => void;
  /** After a save, or after a CONFLICT (reload to see the current version). */
  onSaved: () => void;
}

/** Edit a user's name, contact, role and manager (a manager below the user is refused by the API: no cycles). */
export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const managers = useQuery(ManagerOptionsQuery, { skip: !user });
  const [update, { loading }] = useMutation(UpdateUserMutation);

  async function submit(values: Fields) {
    if (!user) return;
    try {
      await update({
        variables: {
          id: user.id,
          version: user.version,
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            phone: values.phone?.trim() || null,
            role: values.role,
            managerId: values.managerId ?? null,
          },
        },
      });
      message.success(t('userForm.updated', { name: values.name.trim() }));
      onSaved();
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
      // A stale version: close and reload, so the admin edits what is current.
      if (hasErrorCode(e, 'CONFLICT')) onSaved();
    }
  }

  const options = (managers.data?.users.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.id !== user?.id)
    .map((m) => ({ value: m.id, label: `${m.name}（${t(`role.${m.role}`)}）` }));

  return (
    <Modal
      open={!!user}
      title={t('userForm.editTitle', { name: user?.name ?? '' })}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {user ? (
        <Form<Fields>
          form={form}
          layout="vertical"
          name="edit-user"
          onFinish={submit}
          preserve={false}
          initialValues={{
            name: user.name,
            email: user.email,
            phone: user.phone ?? undefined,
            role: user.role,
            managerId: user.manager?.id,
          }}
        >
          <Form.Item
            name="name"
            label={t('userForm.name')}
            rules={[
              { required: true, whitespace: true, message: t('userForm.nameRequired') },
              { max: 50, message: t('userForm.nameTooLong') },
            ]}
          >
            <Input autoFocus />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('userForm.email')}
            rules={[
              { required: true, message: t('userForm.emailRequired') },
              { type: 'email', message: t('userForm.emailInvalid') },
            ]}
          >
            <Input type="email" />
          </Form.Item>
          <Form.Item name="phone" label={t('userForm.phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t('userForm.role')} rules={[{ required: true, message: t('userForm.roleRequired') }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <Form.Item name="managerId" label={t('userForm.manager')} extra={t('userForm.managerHint')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={managers.loading} options={options} />
          </Form.Item>
        </Form>
      ) : null}
    </Modal>
  );
}
