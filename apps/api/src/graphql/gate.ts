import type { DocumentNode, FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Context } from './context';
import { actualCost } from './actual-cost';
import { assertWithinLimits, measureOperationCached } from './complexity';
import { AppError, ErrorCode, unauthenticated, msg } from './errors';
import { assertValidText } from './input-text';
import { keyScopeRefusal, scopeRefused } from './key-scopes';
import { rateLimited, type RateLimiter, type ThrottleStatus } from './rate-limit';
import { fragmentsOf, selectedFieldNames } from './selections';

/**
 * THE gate: every operation passes here before anything executes, whatever the transport — HTTP, batched HTTP,
 * persisted queries (gate-plugin.ts) and graphql-ws queries, mutations and subscriptions (websocket.ts).
 * In order: query bounds (depth, aliases, cost, introspection size), the API key's scopes on every selected
 * field, sign-in and the password-change rule, valid text in every argument, then the rate limit.
 * A refused operation sends no SQL and is not charged.
 */
export interface GateInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** As the client sent them (not yet coerced). */
  variables: Record<string, unknown>;
  caller: Pick<Context, 'user' | 'apiKey' | 'ip'>;
  limiter: RateLimiter | null;
}

/** What `extensions.cost` reports on every HTTP response; the gate fills it in as it goes. */
export interface CostExtension {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus: ThrottleStatus | null;
}

export const newCostExtension = (): CostExtension => ({ requestedQueryCost: 0, actualQueryCost: 0, throttleStatus: null });

export async function passGate(input: GateInput, cost: CostExtension = newCostExtension()): Promise<void> {
  const { schema, document, operation, variables, caller, limiter } = input;
  const fragments = fragmentsOf(document);
  const measured = measureOperationCached(schema, operation, fragments, variables);
  cost.requestedQueryCost = measured.cost;
  assertWithinLimits(measured);

  if (caller.apiKey) {
    const refusal = keyScopeRefusal(schema, operation, fragments, caller.apiKey.scopes);
    if (refusal) throw scopeRefused(refusal);
  }
  checkRootAccess(caller, rootFieldNames(operation, fragments));
  assertValidText(operation, fragments, variables);

  if (!limiter) {
    cost.actualQueryCost = measured.cost;
    return;
  }
  const charge = await limiter.charge(bucketKey(caller), measured.cost);
  cost.throttleStatus = charge.status;
  if (!charge.allowed) throw rateLimited(measured.cost, charge);
  cost.actualQueryCost = measured.cost;
}

/**
 * After execution: counts what the operation really returned (actual-cost.ts) and refunds the difference to the
 * bucket it was charged to, so `actualQueryCost` and `throttleStatus` tell the truth. Only for an operation
 * that passed the gate (and so was charged).
 */
export async function settleCost(
  input: Pick<GateInput, 'document' | 'operation' | 'caller' | 'limiter'>,
  cost: CostExtension,
  data: Record<string, unknown> | null | undefined,
): Promise<void> {
  const actual = Math.min(cost.requestedQueryCost, actualCost(input.operation, fragmentsOf(input.document), data));
  const refund = cost.requestedQueryCost - actual;
  cost.actualQueryCost = actual;
  if (input.limiter && refund > 0) cost.throttleStatus = (await input.limiter.refund(bucketKey(input.caller), refund)).status;
}

/** Root fields anyone may call. Everything else — introspection included — needs a signed-in user or an API key. */
export const PUBLIC_ROOT_FIELDS = new Set(['login', '__typename']);
/** What a user who must first replace an admin-given password may still do. */
const PASSWORD_CHANGE_FIELDS = new Set([...PUBLIC_ROOT_FIELDS, 'me', 'changePassword', 'setMyLocale']);
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** The root field names an operation selects, through fragments and inline fragments. */
export function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
): string[] {
  return selectedFieldNames(operation.selectionSet, fragments);
}

/** Refuses operations the caller is not signed in for, and everything but `me`/`changePassword` before a required password change. */
export function checkRootAccess(caller: Pick<Context, 'user'>, fields: string[]) {
  if (!caller.user) {
    if (fields.some((f) => INTROSPECTION_FIELDS.has(f))) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, msg('graphql.signUseApiKey'), { reason: 'INTROSPECTION_REQUIRES_AUTH' });
    }
    if (fields.some((f) => !PUBLIC_ROOT_FIELDS.has(f))) throw unauthenticated();
    return;
  }
  if (caller.user.mustChangePassword && fields.some((f) => !PASSWORD_CHANGE_FIELDS.has(f))) {
    throw new AppError(ErrorCode.FORBIDDEN, msg('graphql.changeYourInitialPassword'), { reason: 'PASSWORD_CHANGE_REQUIRED' });
  }
}

/** Who pays for an operation: the API key, else the user, else the client address. */
export function bucketKey(caller: Pick<Context, 'user' | 'apiKey' | 'ip'>): string {
  if (caller.apiKey) return `key:${caller.apiKey.id}`;
  if (caller.user) return `user:${caller.user.id}`;
  return `ip:${caller.ip ?? 'unknown'}`;
}
