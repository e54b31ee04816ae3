'use client';

import { useMutation } from '@apollo/client/react';
import { Alert } from 'antd';
import { signIn, signOut } from 'next-auth/react';
import { useState } from 'react';
import { useT } from '@/i18n/I18nProvider';
import { SKIP_SIGN_OUT_ON_UNAUTHENTICATED } from '@/lib/apollo/createApolloClient';
import { apiErrorInfo } from '@/lib/apollo/errors';
import { API_TOKEN_PROVIDER } from '@/lib/auth/providerIds';
import { HOME_PATH, LOGIN_PATH } from '@/lib/auth/routes';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ChangePasswordForm, type ChangePasswordFormProps, type ChangePasswordValues } from './ChangePasswordForm';
import { ChangePasswordMutation } from './changePasswordMutation';

export interface ChangePasswordPanelProps {
  /** The session says the password must be changed before anything else. */
  mustChange: boolean;
}

/**
 * Calls `changePassword`. The API answers with a new token and revokes the old ones, so the session is
 * renewed from that token (next-auth's `api-token` provider checks it with the API) before going home.
 */
export function ChangePasswordPanel({ mustChange }: ChangePasswordPanelProps) {
  const t = useT();
  const { message } = useFeedback();
  const [changePassword] = useMutation(ChangePasswordMutation);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<ChangePasswordFormProps['fieldErrors']>();

  async function submit(values: ChangePasswordValues) {
    setSubmitting(true);
    setError(null);
    setFieldErrors(undefined);
    let token: string;
    try {
      const { data } = await changePassword({ variables: values, context: { [SKIP_SIGN_OUT_ON_UNAUTHENTICATED]: true } });
      if (!data) throw new Error('changePassword returned no data');
      token = data.changePassword.token;
    } catch (err) {
      const info = apiErrorInfo(err);
      if (info?.field === 'currentPassword' || info?.field === 'newPassword') {
        setFieldErrors({ [info.field]: info.message });
      } else if (info?.code === 'UNAUTHENTICATED') {
        setError(t('auth.sessionExpired'));
      } else {
        setError(info?.message ?? t('auth.serviceUnavailable'));
      }
      setSubmitting(false);
      return;
    }

    message.success(t('changePassword.success'));
    const renewed = await signIn(API_TOKEN_PROVIDER, { token, redirect: false }).catch(() => null);
    if (renewed?.ok) {
      // A full page load so Apollo and the live socket start with the new token.
      window.location.replace(HOME_PATH);
    } else {
      // The password did change; the old session is dead, so sign in again with the new one.
      await signOut({ redirect: false }).catch(() => undefined);
      window.location.assign(LOGIN_PATH);
    }
  }

  return (
    <>
      {mustChange ? <Alert type="warning" showIcon title={t('changePassword.mustChangeNotice')} style={{ marginBottom: 16 }} /> : null}
      <ChangePasswordForm onSubmit={submit} submitting={submitting} error={error} fieldErrors={fieldErrors} />
    </>
  );
}
