import { adminOnly, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * 导出: preparing an export needs the export permission (admins and managers by role, others only when an admin
 * grants it), so the plain salesperson and service staff of the fixture get FORBIDDEN. The file itself is served
 * by GET /files/exports/<token> (not a GraphQL field; exports/export.test.ts covers it, and that its rows stay in
 * the exporter's scope). The audit log is admins' only.
 */
const exportPermission: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' };

export const EXPORT_QUERIES: Record<string, AccessExpectation> = {
  exportAudit: {
    call: () => ({ query: `{ exportAudit(first: 20) { totalCount edges { node { id kind rowCount user { name } } } } }` }),
    expect: adminOnly,
  },
  // Bulk exports: each person lists their own (admins everyone's); the file's rows are the starter's scope (bulk-export.test.ts).
  bulkExports: {
    call: () => ({ query: `{ bulkExports(first: 20) { totalCount edges { node { id kind status processedRows url user { name } } } } }` }),
    expect: { admin: 'scoped', director: 'scoped', sales: 'scoped', service: 'scoped' },
  },
  bulkExport: {
    call: () => ({ query: `{ bulkExport(id: "00000000-0000-4000-8000-000000000000") { id status } }` }),
    expect: { admin: 'NOT_FOUND', director: 'NOT_FOUND', sales: 'NOT_FOUND', service: 'NOT_FOUND' },
  },
};

export const EXPORT_MUTATIONS: Record<string, AccessExpectation> = {
  createExport: {
    call: (f) => ({
      query: `mutation($o: [ID!]) { createExport(input: { kind: CUSTOMERS, customerFilter: { ownerIds: $o } }) { id url expiresAt fileName } }`,
      variables: { o: [f.users.owner] },
    }),
    expect: exportPermission,
  },
  startBulkExport: {
    call: (f) => ({
      query: `mutation($o: [ID!]) { startBulkExport(input: { kind: CUSTOMERS, customerFilter: { ownerIds: $o } }) { id status kind format } }`,
      variables: { o: [f.users.owner] },
    }),
    expect: exportPermission,
  },
};
