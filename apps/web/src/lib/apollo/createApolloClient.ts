import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import { isPasswordChangeRequired, isUnauthenticated } from './errors';
import type { createWsTransport } from './wsTransport';

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
  /** Close the subscription socket (browser only), e.g. to reconnect with a new token; it reopens when needed. */
  reconnect?: () => void;
}

/** A v4 UUID; crypto.randomUUID is missing outside secure contexts (plain http on a LAN address). */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One Idempotency-Key per mutate call: a retry of the same request (network cut, replica died) never writes twice. */
const idempotencyLink = new ApolloLink((operation, forward) => {
  if (operation.operationType === OperationTypeNode.MUTATION) {
    const key = newIdempotencyKey();
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'Idempotency-Key': key } }));
  }
  return forward(operation);
});

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

  let transport: ApolloLink = ApolloLink.from([authLink, httpLink]);
  let reconnect: (() => void) | undefined;
  if (wsUrl) {
    // graphql-ws and its link load with the first subscription, not with the page.
    let ws: Promise<ReturnType<typeof createWsTransport>> | undefined;
    const loadWs = () =>
      (ws ??= import('./wsTransport').then((m) =>
        m.createWsTransport({ url: wsUrl, authorization: () => bearer(getToken()), onUnauthenticated }),
      ));
    const wsLink = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          let subscription: Subscription | undefined;
          let closed = false;
          loadWs().then(
            ({ link }) => {
              // GraphQLWsLink ends the chain: it sends the operation itself.
              if (!closed) subscription = link.request(operation).subscribe(observer);
            },
            (error: unknown) => observer.error(error),
          );
          return () => {
            closed = true;
            subscription?.unsubscribe();
          };
        }),
    );
    reconnect = () => void ws?.then(({ client }) => client.terminate());
    transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, transport);
  }

  const client = new ApolloClient({
    // On the server no query is awaited: useQuery renders its loading state (see KehuApolloProvider).
    ssrMode: typeof window === 'undefined',
    cache: new InMemoryCache(),
    link: ApolloLink.from([errorLink, idempotencyLink, transport]),
  });
  return { client, reconnect };
}
