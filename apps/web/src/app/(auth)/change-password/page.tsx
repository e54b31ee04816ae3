import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ChangePasswordCard } from '@/app/lazyViews';
import { getT } from '@/i18n/server';
import { LOGIN_PATH } from '@/lib/auth/routes';
import { getAppSession } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('changePassword.title') };
}

export default async function ChangePasswordPage() {
  const session = await getAppSession();
  if (!session) redirect(`${LOGIN_PATH}?callbackUrl=%2Fchange-password`);
  return <ChangePasswordCard titleKey="changePassword.title" mustChange={session.user.mustChangePassword} />;
}
