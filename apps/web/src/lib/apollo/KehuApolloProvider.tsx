'use client';

import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '@/lib/auth/routes';
import { useAppSession } from '@/lib/auth/SessionContext';
import { signOutAndGo } from '@/lib/auth/signOut';
import { ApiPublicUrlContext } from './ApiUrlContext';
import { createApolloClient } from './createApolloClient';
import { browserApiUrls, ssrApiUrl } from './urls';

export interface KehuApolloProviderProps {
  /** API_PUBLIC_URL as read by the server at request time; undefined = page host, port 4000. */
  apiPublicUrl?: string;
  children: ReactNode;
}

/**
 * Apollo Client for client components: one client per page load in the browser, one per request when the
 * server renders (this provider sits in the root layout, which renders once per request). Queries do not
 * run on the server: `useQuery` renders its loading state there (no request is sent), and the browser asks
 * once the page runs — what @apollo/client-integration-nextjs did for `useQuery` too (it forced
 * `cache-only` during SSR), without its data-transport code (~13 kB gzip, with graphql's parser) in every
 * page's first load; this app has no suspense queries whose results it would stream. HTTP requests carry `Authorization: Bearer <token>` from the next-auth session; subscriptions go
 * over graphql-ws with the token in `connectionParams.authorization`. An UNAUTHENTICATED answer signs
 * the user out.
 */
export function KehuApolloProvider({ apiPublicUrl, children }: KehuApolloProviderProps) {
  const token = useAppSession()?.accessToken;
  const tokenRef = useRef(token);
  tokenRef.current = token;

  const reconnectRef = useRef<(() => void) | undefined>(undefined);
  const signingOut = useRef(false);

  const makeClient = () => {
    const onUnauthenticated = () => {
      if (typeof window === 'undefined' || signingOut.current) return;
      signingOut.current = true;
      void signOutAndGo(`${LOGIN_PATH}?expired=1`);
    };
    const onPasswordChangeRequired = () => {
      if (typeof window !== 'undefined' && window.location.pathname !== CHANGE_PASSWORD_PATH) {
        window.location.assign(CHANGE_PASSWORD_PATH);
      }
    };
    if (typeof window === 'undefined') {
      return createApolloClient({ httpUrl: ssrApiUrl(), getToken: () => tokenRef.current, onUnauthenticated }).client;
    }
    const urls = browserApiUrls(apiPublicUrl, window.location);
    const { client, reconnect } = createApolloClient({
      httpUrl: urls.http,
      wsUrl: urls.ws,
      getToken: () => tokenRef.current,
      onUnauthenticated,
      onPasswordChangeRequired,
    });
    reconnectRef.current = reconnect;
    return client;
  };
  // Created once (per page load / per server render); the token is read through the ref.
  const [client] = useState(makeClient);

  // A new token (e.g. signed in again after changing the password): reconnect the socket with it.
  const previousToken = useRef(token);
  useEffect(() => {
    if (previousToken.current !== token) {
      previousToken.current = token;
      reconnectRef.current?.();
    }
  }, [token]);

  return (
    <ApiPublicUrlContext.Provider value={apiPublicUrl}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </ApiPublicUrlContext.Provider>
  );
}
