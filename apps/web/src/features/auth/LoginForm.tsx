'use client';

import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useT } from '@/i18n/I18nProvider';

export interface LoginValues {
  email: string;
  password: string;
}

export interface LoginFormProps {
  onSubmit: (values: LoginValues) => void | Promise<void>;
  submitting?: boolean;
  /** A message to show above the form (wrong credentials, service down, …). */
  error?: string | null;
  /** A calmer notice (e.g. "your session expired"). */
  notice?: string | null;
}

/** Email + password; validates as you type and only submits valid values. */
export function LoginForm({ onSubmit, submitting = false, error, notice }: LoginFormProps) {
  const t = useT();
  const [form] = Form.useForm<LoginValues>();
  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      name="login"
      noValidate // antd validates; the browser's own email check would block submit silently
      requiredMark={false}
      validateTrigger={['onChange', 'onBlur']}
      onFinish={(values) => onSubmit({ email: values.email.trim(), password: values.password })}
      disabled={submitting}
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {!error && notice ? <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        label={t('auth.email')}
        name="email"
        rules={[
          { required: true, whitespace: true, message: t('auth.emailRequired') },
          { type: 'email', message: t('auth.emailInvalid') },
        ]}
      >
        <Input
          prefix={<MailOutlined />}
          type="email"
          inputMode="email"
          autoComplete="username"
          placeholder={t('auth.emailPlaceholder')}
          autoFocus
        />
      </Form.Item>
      <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('auth.passwordPlaceholder')} />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          {submitting ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      </Form.Item>
    </Form>
  );
}
