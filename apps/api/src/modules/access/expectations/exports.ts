import { adminOnly, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * 导出: preparing an export needs the export permission (admins and managers by role, others only when an admin
 * grants it), so the plain salesperson and service staff of the fixture get FORBIDDEN. The file itself is served
 * by GET /files/exports/<token> (not a GraphQL field; exports/export.test.ts covers it, and that its rows stay in
 * the exporter's scope). The audit log is admins' only.
 */
const exportPermission: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' };

export const EXPORT_QUERIES: Record<string, AccessExpectation> = {
  exportAudit: { call: () => ({ query: `{ exportAudit(first: 20) { totalCount edges { node { id kind rowCount user { name } } } } }` }), expect: adminOnly },
};

export const EXPORT_MUTATIONS: Record<string, AccessExpectation> = {
  createExport: {
    call: (f) => ({
      query: `mutation($o: [ID!]) { createExport(input: { kind: CUSTOMERS, customerFilter: { ownerIds: $o } }) { id url expiresAt fileName } }`,
      variables: { o: [f.users.owner] },
    }),
    expect: exportPermission,
  },
};
