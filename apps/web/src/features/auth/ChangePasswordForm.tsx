'use client';

import { Alert, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useT } from '@/i18n/I18nProvider';
import { validatePassword } from '@kehu/domain/password-policy';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
}

interface FormValues extends ChangePasswordValues {
  confirmPassword: string;
}

export interface ChangePasswordFormProps {
  onSubmit: (values: ChangePasswordValues) => void | Promise<void>;
  submitting?: boolean;
  /** A message about the whole form (e.g. the API is down). */
  error?: string | null;
  /** Messages the API attached to one field (BAD_USER_INPUT with extensions.field). */
  fieldErrors?: Partial<Record<keyof ChangePasswordValues, string>>;
}

/** Current + new + confirm; the new password is checked against the policy as you type. */
export function ChangePasswordForm({ onSubmit, submitting = false, error, fieldErrors }: ChangePasswordFormProps) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (!fieldErrors) return;
    form.setFields(
      (Object.entries(fieldErrors) as [keyof ChangePasswordValues, string | undefined][])
        .filter(([, message]) => Boolean(message))
        .map(([name, message]) => ({ name, errors: [message as string] })),
    );
  }, [fieldErrors, form]);

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      name="change-password"
      requiredMark={false}
      validateTrigger={['onChange', 'onBlur']}
      disabled={submitting}
      onFinish={({ currentPassword, newPassword }) => onSubmit({ currentPassword, newPassword })}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        label={t('changePassword.currentPassword')}
        name="currentPassword"
        rules={[{ required: true, message: t('changePassword.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('changePassword.newPassword')}
        name="newPassword"
        extra={t('changePassword.policy')}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: t('changePassword.newRequired') },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && validatePassword(value).length > 0) throw new Error(t('changePassword.policy'));
            },
          },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value === getFieldValue('currentPassword')) throw new Error(t('changePassword.sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('changePassword.confirmPassword')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('changePassword.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              if (value && value !== getFieldValue('newPassword')) throw new Error(t('changePassword.mismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('changePassword.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
