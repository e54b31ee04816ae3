import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginCard } from '@/app/lazyViews';
import { getT } from '@/i18n/server';
import { CHANGE_PASSWORD_PATH, safeCallbackPath } from '@/lib/auth/routes';
import { getAppSession } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: t('auth.signIn') };
}

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  const session = await getAppSession();
  if (session) redirect(session.user.mustChangePassword ? CHANGE_PASSWORD_PATH : callbackPath);
  return <LoginCard titleKey="auth.signInTitle" callbackPath={callbackPath} expired={params.expired === '1'} />;
}
