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
