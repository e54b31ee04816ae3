import type { AccessExpectation, Outcome, RoleKey } from './common';

/**
 * Files on records (modules/files). A file is visible exactly when its customer is; the fixture has no files,
 * so these check only that the operations are reachable and scoped. Reading, downloading and deleting real
 * files by id, node and link, by the owner and by a colleague, is covered by files/file.test.ts.
 */
const noSuchFile = '00000000-0000-4000-8000-000000000000';
const notFoundForAll: Record<RoleKey, Outcome> = { admin: 'NOT_FOUND', director: 'NOT_FOUND', sales: 'NOT_FOUND', service: 'NOT_FOUND' };

export const FILE_QUERIES: Record<string, AccessExpectation> = {
  attachments: {
    call: (f) => ({ query: `query($c: ID!) { attachments(filter: { customerId: $c }) { id fileName } }`, variables: { c: f.customerId } }),
    expect: { admin: 'ok', director: 'ok', sales: 'scoped', service: 'ok' },
  },
};

export const FILE_MUTATIONS: Record<string, AccessExpectation> = {
  deleteAttachment: { call: () => ({ query: `mutation($id: ID!) { deleteAttachment(id: $id) { id } }`, variables: { id: noSuchFile } }), expect: notFoundForAll },
};
