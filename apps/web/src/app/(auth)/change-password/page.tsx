import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthFrame } from '@/features/auth/AuthFrame';
import { ChangePasswordPanel } from '@/features/auth/ChangePasswordPanel';
import { getT } from '@/i18n/server';
import { LOGIN_PATH } from '@/lib/auth/routes';
import { getAppSession } from '@/lib/auth/session';
import { AntdProviders } from '@/lib/providers/AntdProviders';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('changePassword.title') };
}

export default async function ChangePasswordPage() {
  const session = await getAppSession();
  if (!session) redirect(`${LOGIN_PATH}?callbackUrl=%2Fchange-password`);
  return (
    <AntdProviders>
      <AuthFrame titleKey="changePassword.title">
        <ChangePasswordPanel mustChange={session.user.mustChangePassword} />
      </AuthFrame>
    </AntdProviders>
  );
}
