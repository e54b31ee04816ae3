import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export interface WsTransportOptions {
  url: string;
  /** `Bearer <token>` for `connectionParams.authorization`, read at each (re)connection. */
  authorization: () => string | undefined;
  onUnauthenticated: () => void;
}

/** Subscriptions over graphql-ws (loaded by createApolloClient with the first subscription). */
export function createWsTransport({ url, authorization, onUnauthenticated }: WsTransportOptions): {
  link: GraphQLWsLink;
  client: WsClient;
} {
  const client = createWsClient({
    url,
    lazy: true,
    connectionParams: () => {
      const value = authorization();
      return value ? { authorization: value } : {};
    },
    retryAttempts: 5,
    on: {
      closed: (event) => {
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 4401 || code === 4403) onUnauthenticated();
      },
    },
  });
  return { link: new GraphQLWsLink(client), client };
}
