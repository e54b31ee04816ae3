import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context';
import { bucketKey, newCostExtension, passGate } from './gate';
import type { RateLimiter } from './rate-limit';

/**
 * The gate (gate.ts) on the HTTP path: each operation of a request — batched ones and persisted queries
 * included, since Apollo resolves those before this hook — passes it once its document is known.
 * Every response carries `extensions.cost`.
 */
export function gatePlugin(limiter: RateLimiter | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const cost = newCostExtension();
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          try {
            await passGate({ schema, document, operation, variables: request.variables ?? {}, caller: contextValue, limiter }, cost);
          } catch (err) {
            // A GraphQL error in the body with HTTP 200, like every other error of this API.
            if (err instanceof GraphQLError) err.extensions.http = { status: 200 };
            throw err;
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          if (limiter && !cost.throttleStatus && contextValue) cost.throttleStatus = (await limiter.charge(bucketKey(contextValue), 0)).status;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
