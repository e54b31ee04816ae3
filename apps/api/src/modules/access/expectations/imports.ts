import { allOk, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * Excel import. The template needs the permission to enter the records by hand (service staff may not); an
 * import job is visible only to its uploader and admins, so someone else's (here: an unknown) id is NOT_FOUND
 * for everyone. Uploading is an HTTP route (POST /imports), covered by imports/import.test.ts.
 */
const noSuchJob = '00000000-0000-4000-8000-000000000000';
const notFoundForAll: Record<RoleKey, Outcome> = { admin: 'NOT_FOUND', director: 'NOT_FOUND', sales: 'NOT_FOUND', service: 'NOT_FOUND' };

export const IMPORT_QUERIES: Record<string, AccessExpectation> = {
  importTemplate: {
    call: () => ({ query: `{ importTemplate(kind: CUSTOMERS) { fileName columns } }` }),
    expect: { admin: 'ok', director: 'ok', sales: 'ok', service: 'FORBIDDEN' },
  },
  importJobs: { call: () => ({ query: `{ importJobs(first: 10) { totalCount edges { node { id fileName } } } }` }), expect: allOk },
  importJob: {
    call: () => ({ query: `query($id: ID!) { importJob(id: $id) { id status } }`, variables: { id: noSuchJob } }),
    expect: notFoundForAll,
  },
};

export const IMPORT_MUTATIONS: Record<string, AccessExpectation> = {
  startImport: {
    call: () => ({ query: `mutation($id: ID!) { startImport(id: $id) { id status } }`, variables: { id: noSuchJob } }),
    expect: notFoundForAll,
  },
  revertImport: {
    call: () => ({ query: `mutation($id: ID!) { revertImport(id: $id) { id status } }`, variables: { id: noSuchJob } }),
    expect: notFoundForAll,
  },
};
