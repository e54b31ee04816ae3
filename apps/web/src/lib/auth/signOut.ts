import { LOGIN_PATH } from './routes';

/**
 * Sign out with next-auth and go to `to` (the login page by default). next-auth's client library loads only
 * now, not with every page. redirect: false + our own navigation: next-auth's redirect URL depends on
 * NEXTAUTH_URL.
 */
export async function signOutAndGo(to: string = LOGIN_PATH): Promise<void> {
  await import('next-auth/react').then(({ signOut }) => signOut({ redirect: false })).catch(() => undefined);
  window.location.assign(to);
}
