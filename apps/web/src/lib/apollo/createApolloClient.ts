import { ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { ApolloClient, InMemoryCache } from '@apollo/client-integration-nextjs';
import { OperationTypeNode } from 'graphql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { isPasswordChangeRequired, isUnauthenticated } from './errors';

/** Operation context flag: handle UNAUTHENTICATED yourself instead of being signed out. */
export const SKIP_SIGN_OUT_ON_UNAUTHENTICATED = 'kehuSkipSignOut';

export interface CreateApolloClientOptions {
  httpUrl: string;
  /** Subscriptions over graphql-ws; omitted during server-side rendering. */
  wsUrl?: string;
  /** Read for every request/connection, so a refreshed session is picked up without a new client. */
  getToken: () => string | undefined;
  /** Called when the API rejects the token (UNAUTHENTICATED / HTTP 401 / ws close 4401/4403). */
  onUnauthenticated: () => void;
  /** Called when the API says the password must be changed first (FORBIDDEN / PASSWORD_CHANGE_REQUIRED). */
  onPasswordChangeRequired?: () => void;
}

export interface KehuApolloClient {
  client: ApolloClient;
  /** The graphql-ws client (browser only), e.g. to reconnect after the token changed. */
  wsClient?: WsClient;
}

function bearer(token: string | undefined): string | undefined {
  return token ? `Bearer ${token}` : undefined;
}

export function createApolloClient({
  httpUrl,
  wsUrl,
  getToken,
  onUnauthenticated,
  onPasswordChangeRequired,
}: CreateApolloClientOptions): KehuApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const authorization = bearer(getToken());
    if (!authorization) return {};
    return { headers: { ...(prevContext.headers as Record<string, string> | undefined), authorization } };
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.getContext()[SKIP_SIGN_OUT_ON_UNAUTHENTICATED]) return;
    if (isUnauthenticated(error)) onUnauthenticated();
    else if (isPasswordChangeRequired(error)) onPasswordChangeRequired?.();
  });

  const httpLink = new HttpLink({ uri: httpUrl, fetchOptions: { cache: 'no-store' } });

  let wsClient: WsClient | undefined;
  let transport: ApolloLink = ApolloLink.from([authLink, httpLink]);
  if (wsUrl) {
    wsClient = createWsClient({
      url: wsUrl,
      lazy: true,
      connectionParams: () => {
        const authorization = bearer(getToken());
        return authorization ? { authorization } : {};
      },
      retryAttempts: 5,
      on: {
        closed: (event) => {
          const code = (event as { code?: number } | undefined)?.code;
          if (code === 4401 || code === 4403) onUnauthenticated();
        },
      },
    });
    transport = ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      new GraphQLWsLink(wsClient),
      transport,
    );
  }

  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([errorLink, transport]),
  });
  return { client, wsClient };
}
