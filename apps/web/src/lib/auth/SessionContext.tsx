'use client';

import type { Session } from 'next-auth';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** next-auth's session endpoint (its default base path, /api/auth). */
const SESSION_URL = '/api/auth/session';

const SessionContext = createContext<Session | null | undefined>(undefined);

/**
 * The next-auth session for client components. It starts as the server read it (the root layout), and is
 * asked of next-auth's session endpoint again whenever the tab becomes visible — what next-auth's own
 * `<SessionProvider refetchOnWindowFocus>` did, without next-auth's client library in every page's first
 * load. signIn / signOut still come from `next-auth/react`, loaded where they are used.
 */
export function SessionProvider({ session, children }: { session: Session | null; children: ReactNode }) {
  const [current, setCurrent] = useState(session);
  // A server render (router.refresh) brings the session as the server sees it now.
  useEffect(() => setCurrent(session), [session]);
  useEffect(() => {
    let stale = false;
    const refetch = () => {
      if (document.visibilityState !== 'visible') return;
      fetch(SESSION_URL, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then((res) => (res.ok ? (res.json() as Promise<Partial<Session>>) : undefined))
        .then((data) => {
          // next-auth answers {} when there is no session; an error answer leaves the session as it was.
          if (!stale && data) setCurrent(data.user && data.accessToken ? (data as Session) : null);
        })
        .catch(() => undefined);
    };
    document.addEventListener('visibilitychange', refetch);
    return () => {
      stale = true;
      document.removeEventListener('visibilitychange', refetch);
    };
  }, []);
  return <SessionContext.Provider value={current}>{children}</SessionContext.Provider>;
}

/** The signed-in session (null when signed out). */
export function useAppSession(): Session | null {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useAppSession must be used inside <SessionProvider> (AppProviders)');
  return session;
}
