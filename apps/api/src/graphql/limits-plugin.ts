import type { ApolloServerPlugin } from '@apollo/server';
import { missingScope } from '../modules/api-keys/api-key.scopes';
import { checkRootAccess, rootFieldNames } from './auth-plugin';
import { fragmentsOf } from './selections';
import { assertWithinLimits, measureOperationCached } from './complexity';
import type { Context } from './context';
import { AppError, ErrorCode } from './errors';
import { rateLimited, type RateLimiter, type ThrottleStatus } from './rate-limit';

/** Who pays for an operation: the API key, else the user, else the client address. */
export function bucketKey(ctx: Context): string {
  if (ctx.apiKey) return `key:${ctx.apiKey.id}`;
  if (ctx.user) return `user:${ctx.user.id}`;
  return `ip:${ctx.ip ?? 'unknown'}`;
}

/** What `extensions.cost` reports on every response. */
export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus: ThrottleStatus | null;
}

const withStatus200 = (e: AppError) => {
  e.extensions.http = { status: 200 };
  return e;
};

/**
 * Before execution, per operation (batched operations each pass here): query bounds, the API key's scopes,
 * then the rate limit. All of it runs before any resolver, so a refused operation sends no SQL.
 * Registered before authPlugin: these checks throw synchronously, so their error is the one reported.
 */
export function limitsPlugin(limiter: RateLimiter | null): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      return { async serverWillStop() { await limiter?.close(); } };
    },
    async requestDidStart() {
      const cost: CostExtension = { requestedQueryCost: 0, actualQueryCost: 0, throttleStatus: null };
      let charged = false;
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const measured = measureOperationCached(schema, operation, fragments, request.variables ?? {});
          cost.requestedQueryCost = measured.cost;
          assertWithinLimits(measured);

          const fields = rootFieldNames(operation, fragments);
          if (contextValue.apiKey) {
            const missing = missingScope(contextValue.apiKey.scopes, operation.operation, fields);
            if (missing) {
              throw withStatus200(
                new AppError(ErrorCode.FORBIDDEN, `API 密钥没有 ${missing.needed} 权限，不能调用 ${missing.field} (API key lacks ${missing.needed} for ${missing.field})`, {
                  reason: 'API_KEY_SCOPE',
                  field: missing.field,
                  requiredScope: missing.needed,
                }),
              );
            }
          }
          // Operations the auth plugin will refuse are not charged.
          try {
            checkRootAccess(contextValue, fields);
          } catch {
            return;
          }
          if (!limiter) {
            cost.actualQueryCost = measured.cost;
            return;
          }
          const charge = await limiter.charge(bucketKey(contextValue), measured.cost);
          charged = true;
          cost.throttleStatus = charge.status;
          if (!charge.allowed) throw rateLimited(measured.cost, charge);
          cost.actualQueryCost = measured.cost;
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          if (limiter && !charged && contextValue) cost.throttleStatus = (await limiter.charge(bucketKey(contextValue), 0)).status;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
