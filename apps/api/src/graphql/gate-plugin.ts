import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context';
import { bucketKey, newCostExtension, passGate, settleCost, type CostExtension } from './gate';
import { secondsUntilFull, type RateLimiter } from './rate-limit';
import { ErrorCode } from './errors';

/**
 * The gate (gate.ts) on the HTTP path: each operation of a request — batched ones and persisted queries
 * included, since Apollo resolves those before this hook — passes it once its document is known.
 * After execution the unused cost is refunded (settleCost). Every response carries `extensions.cost` and, when
 * rate limits are on, the X-RateLimit-* headers.
 */
export function gatePlugin(limiter: RateLimiter | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const cost = newCostExtension();
      let passed = false;
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          try {
            await passGate({ schema, document, operation, variables: request.variables ?? {}, caller: contextValue, limiter }, cost);
            passed = true;
          } catch (err) {
            // A GraphQL error in the body with HTTP 200, like every other error of this API — except RATE_LIMITED,
            // which is HTTP 429 with Retry-After (set in rateLimited) so HTTP clients back off on their own.
            if (err instanceof GraphQLError && err.extensions.code !== ErrorCode.RATE_LIMITED) err.extensions.http = { status: 200 };
            throw err;
          }
        },
        async willSendResponse({ response, contextValue, operation, document }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (passed && operation && document) {
            await settleCost(
              { document, operation, caller: contextValue, limiter },
              cost,
              result.data as Record<string, unknown> | null | undefined,
            );
          }
          if (limiter && !cost.throttleStatus && contextValue)
            cost.throttleStatus = (await limiter.charge(bucketKey(contextValue), 0)).status;
          setRateLimitHeaders(response.http.headers, cost, limiter ? Math.floor(contextValue.clock.now().getTime() / 1000) : 0);
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/** X-RateLimit-Limit / -Remaining / -Reset (Unix seconds when the bucket is full again) / -Cost (actually charged). */
function setRateLimitHeaders(headers: Map<string, string>, cost: CostExtension, nowSeconds: number) {
  const status = cost.throttleStatus;
  if (!status) return;
  headers.set('x-ratelimit-limit', String(status.maximumAvailable));
  headers.set('x-ratelimit-remaining', String(status.currentlyAvailable));
  headers.set('x-ratelimit-reset', String(nowSeconds + secondsUntilFull(status)));
  headers.set('x-ratelimit-cost', String(cost.actualQueryCost));
}
