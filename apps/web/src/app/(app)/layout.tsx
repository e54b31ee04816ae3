import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/features/shell/AppShell';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '@/lib/auth/routes';
import { getAppSession } from '@/lib/auth/session';

/** Every page in here needs a session (the proxy checks first; this is the second line). */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await getAppSession();
  if (!session) redirect(LOGIN_PATH);
  if (session.user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return <AppShell user={{ name: session.user.name, role: session.user.role }}>{children}</AppShell>;
}
