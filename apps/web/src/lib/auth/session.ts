// Server-side session access for layouts, pages and route handlers.
import { getServerSession, type Session } from 'next-auth';
import { authOptions } from './options';
import { isExpired } from './tokenExpiry';

/** The signed-in session, or null when there is none or its API token has expired. */
export async function getAppSession(): Promise<Session | null> {
  const session = await getServerSession(authOptions);
  if (!session?.accessToken || isExpired(session.accessTokenExpiresAt)) return null;
  return session;
}
