'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useT } from '@/i18n/I18nProvider';
import { PASSWORD_PROVIDER } from '@/lib/auth/providerIds';
import { decodeSignInError } from '@/lib/auth/signInErrors';
import { LoginForm, type LoginValues } from './LoginForm';

export interface LoginPanelProps {
  /** Where to go after signing in (already checked to be a same-site path). */
  callbackPath: string;
  /** Set when the user was sent here because the session expired. */
  expired?: boolean;
}

/** Wires the login form to next-auth's credentials provider. */
export function LoginPanel({ callbackPath, expired = false }: LoginPanelProps) {
  const t = useT();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit({ email, password }: LoginValues) {
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn(PASSWORD_PROVIDER, { email, password, redirect: false });
      const failure = result?.ok ? null : decodeSignInError(result?.error ?? 'unknown');
      if (!failure) {
        // A full page load, not a client navigation: the root layout then renders with the new session, so
        // Apollo and the live socket start with the token (and nothing cached for a previous user survives).
        // The proxy sends a user who must change the password on to /change-password.
        window.location.replace(callbackPath);
        return; // keep the button busy until the next page shows
      }
      setError(
        failure.kind === 'wrong-credentials'
          ? t('auth.wrongCredentials')
          : failure.kind === 'api-message'
            ? failure.message
            : t('auth.serviceUnavailable'),
      );
    } catch {
      setError(t('auth.serviceUnavailable'));
    }
    setSubmitting(false);
  }

  return <LoginForm onSubmit={submit} submitting={submitting} error={error} notice={expired ? t('auth.sessionExpired') : null} />;
}
