import type { ApiKeyScope } from '@/gql/graphql';

/** Every scope, grouped as the admin thinks of them: what a key may read, change and export. */
export const API_KEY_SCOPES: ApiKeyScope[] = [
  'CUSTOMERS_READ',
  'CUSTOMERS_WRITE',
  'CUSTOMERS_EXPORT',
  'DEALS_READ',
  'DEALS_WRITE',
  'DEALS_EXPORT',
  'REPORTS_READ',
  'REPORTS_WRITE',
  'REPORTS_EXPORT',
];
