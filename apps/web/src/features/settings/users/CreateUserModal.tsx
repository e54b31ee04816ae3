'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Form, Input, Modal, Select } from 'antd';
import { validatePassword } from '@kehu/domain/password-policy';
import type { Role } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { CreateUserMutation, ManagerOptionsQuery } from './documents';

export const ROLES: Role[] = ['SALES', 'MANAGER', 'SERVICE', 'ADMIN'];
const FIELDS = ['name', 'email', 'phone', 'role', 'managerId', 'password'] as const;

interface Fields {
  name: string;
  email: string;
  phone?: string;
  role: Role;
  managerId?: string;
  password: string;
}

export interface CreateUserModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

/** 新建用户 (admins): name, email, role, manager and an initial password that follows the password policy. */
export function CreateUserModal({ open, onClose, onCreated }: CreateUserModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const managers = useQuery(ManagerOptionsQuery, { skip: !open });
  const [create, { loading }] = useMutation(CreateUserMutation);

  async function submit(values: Fields) {
    try {
      await create({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            phone: values.phone?.trim() || null,
            role: values.role,
            managerId: values.managerId ?? null,
            password: values.password,
          },
        },
      });
      message.success(t('userForm.created', { name: values.name.trim() }));
      form.resetFields();
      onCreated();
    } catch (e) {
      if (!showFieldError(form, e, locale, FIELDS)) message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Modal
      open={open}
      title={t('userForm.createTitle')}
      okText={t('create')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Fields> form={form} layout="vertical" name="create-user" onFinish={submit} initialValues={{ role: 'SALES' }} preserve={false}>
        <Form.Item
          name="name"
          label={t('userForm.name')}
          rules={[
            { required: true, whitespace: true, message: t('userForm.nameRequired') },
            { max: 50, message: t('userForm.nameTooLong') },
          ]}
        >
          <Input autoFocus autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('userForm.email')}
          rules={[
            { required: true, message: t('userForm.emailRequired') },
            { type: 'email', message: t('userForm.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="off" placeholder="name@company.com" />
        </Form.Item>
        <Form.Item name="phone" label={t('userForm.phone')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('userForm.role')} rules={[{ required: true, message: t('userForm.roleRequired') }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="managerId" label={t('userForm.manager')} extra={t('userForm.managerHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={managers.loading}
            options={(managers.data?.users.edges ?? []).map((e) => ({
              value: e.node.id,
              label: `${e.node.name}（${t(`role.${e.node.role}`)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('userForm.password')}
          extra={t('userForm.passwordHint')}
          validateFirst
          rules={[
            { required: true, message: t('userForm.passwordRequired') },
            {
              validator: (_, v: string | undefined) =>
                !v || validatePassword(v).length === 0 ? Promise.resolve() : Promise.reject(new Error(t('userForm.passwordPolicy'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
