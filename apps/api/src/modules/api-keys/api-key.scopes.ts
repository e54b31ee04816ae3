import { registerEnumType } from 'type-graphql';

/**
 * What an API key may do: an action (read, write, export) per area (customers, deals, reports).
 * Stored as 'area:action' strings; `write` includes `read` of the same area.
 */
export const ApiKeyScope = {
  CUSTOMERS_READ: 'customers:read',
  CUSTOMERS_WRITE: 'customers:write',
  CUSTOMERS_EXPORT: 'customers:export',
  DEALS_READ: 'deals:read',
  DEALS_WRITE: 'deals:write',
  DEALS_EXPORT: 'deals:export',
  REPORTS_READ: 'reports:read',
  REPORTS_WRITE: 'reports:write',
  REPORTS_EXPORT: 'reports:export',
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];
export type ScopeArea = 'customers' | 'deals' | 'reports';
export type ScopeAction = 'read' | 'write' | 'export';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'A permission of an API key: an action on an area. WRITE includes READ of the same area.',
  valuesConfig: {
    CUSTOMERS_READ: { description: 'Read customers, contacts, follow-ups, tags, visits, tasks and the pool' },
    CUSTOMERS_WRITE: { description: 'Create and change customers and everything under them (includes read)' },
    CUSTOMERS_EXPORT: { description: 'Export customer lists' },
    DEALS_READ: { description: 'Read opportunities, contracts, payment plans, receipts and invoices' },
    DEALS_WRITE: { description: 'Create and change opportunities, contracts, receipts and invoices (includes read)' },
    DEALS_EXPORT: { description: 'Export deal lists' },
    REPORTS_READ: { description: 'Read reports and dashboards' },
    REPORTS_WRITE: { description: 'Change report settings (includes read)' },
    REPORTS_EXPORT: { description: 'Export reports' },
  },
});

export const ALL_SCOPES = Object.values(ApiKeyScope) as ApiKeyScope[];

/** True when `scopes` allow `action` on `area`; write implies read. */
export function hasScope(scopes: readonly string[], area: ScopeArea, action: ScopeAction): boolean {
  if (scopes.includes(`${area}:${action}`)) return true;
  return action === 'read' && scopes.includes(`${area}:write`);
}

/**
 * Root fields an API key may never call, whatever its scopes: credentials and integration settings need a
 * person signed in (a leaked key must not mint more keys or redirect webhooks).
 */
const KEY_FORBIDDEN = /^(createApiKey|revokeApiKey|apiKeys|changePassword|login|.*[wW]ebhook.*)$/;

/**
 * Which area a root field belongs to. Named by pattern so fields other features add land in the right
 * area without a central list; anything unrecognised counts as `customers` (the CRM's core records).
 */
export function areaOfRootField(name: string): ScopeArea {
  if (/report|dashboard|funnel|statistic|forecast|ranking|summary/i.test(name)) return 'reports';
  if (/opportunit|deal|contract|receipt|invoice|paymentPlan|approval|product|quote/i.test(name)) return 'deals';
  return 'customers';
}

/** The action a root field needs: exports by name, otherwise mutations write and queries/subscriptions read. */
export function actionOfRootField(name: string, operation: 'query' | 'mutation' | 'subscription'): ScopeAction {
  if (/^export|Export/.test(name)) return 'export';
  return operation === 'mutation' ? 'write' : 'read';
}

/** Fields anyone may select without a scope: introspection and "who am I". */
const SCOPE_FREE = new Set(['__schema', '__type', '__typename', 'me', 'node', 'nodes']);

/**
 * The first root field the key's scopes do not allow, with what it needed; null when all are allowed.
 * `node`/`nodes` are free here because they resolve only records the owner may read anyway.
 */
export function missingScope(
  scopes: readonly string[],
  operation: 'query' | 'mutation' | 'subscription',
  rootFields: string[],
): { field: string; needed: string } | null {
  for (const field of rootFields) {
    if (KEY_FORBIDDEN.test(field)) return { field, needed: 'interactive sign-in' };
    if (SCOPE_FREE.has(field) && operation !== 'mutation') continue;
    const area = areaOfRootField(field);
    const action = actionOfRootField(field, operation);
    if (!hasScope(scopes, area, action)) return { field, needed: `${area}:${action}` };
  }
  return null;
}
