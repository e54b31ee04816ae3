import { dealWrite, type AccessExpectation, type Outcome, type RoleKey } from './common';

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
  deleteAttachment: {
    call: () => ({ query: `mutation($id: ID!) { deleteAttachment(id: $id) { id } }`, variables: { id: noSuchFile } }),
    expect: notFoundForAll,
  },
};

/** Contract templates (modules/contract-templates): kept by admins, read by everyone; generating needs edit rights. */
const noSuchTemplate = '00000000-0000-4000-8000-000000000001';
const adminElse = (admin: Outcome): Record<RoleKey, Outcome> => ({
  admin,
  director: 'FORBIDDEN',
  sales: 'FORBIDDEN',
  service: 'FORBIDDEN',
});

export const TEMPLATE_QUERIES: Record<string, AccessExpectation> = {
  contractTemplates: {
    call: () => ({ query: `{ contractTemplates { id name checklist } }` }),
    expect: { admin: 'ok', director: 'ok', sales: 'ok', service: 'ok' },
  },
};

export const TEMPLATE_MUTATIONS: Record<string, AccessExpectation> = {
  createContractTemplate: {
    call: () => ({
      query: `mutation { createContractTemplate(input: { name: "模板", fileName: "a.docx", contentBase64: "bm90IGEgZG9jeA==" }) { id } }`,
    }),
    expect: adminElse('BAD_USER_INPUT'),
  },
  updateContractTemplate: {
    call: () => ({
      query: `mutation($id: ID!) { updateContractTemplate(id: $id, version: 1, input: { name: "x" }) { id } }`,
      variables: { id: noSuchTemplate },
    }),
    expect: adminElse('NOT_FOUND'),
  },
  deleteContractTemplate: {
    call: () => ({ query: `mutation($id: ID!) { deleteContractTemplate(id: $id) }`, variables: { id: noSuchTemplate } }),
    expect: adminElse('NOT_FOUND'),
  },
  // With no such template: those who may edit the contract learn only that the template is missing.
  generateContractDocument: {
    call: (f) => ({
      query: `mutation($k: ID!, $t: ID!) { generateContractDocument(contractId: $k, templateId: $t) { id } }`,
      variables: { k: f.draftContractId, t: noSuchTemplate },
    }),
    expect: { admin: 'NOT_FOUND', director: 'denied', sales: 'denied', service: 'denied' },
  },
  // The fixture's draft has no checklist: those who may edit it are told item 1 does not exist.
  checkContractReviewItem: {
    call: (f) => ({
      query: `mutation($k: ID!) { checkContractReviewItem(id: $k, version: 1, index: 0, checked: true) { id } }`,
      variables: { k: f.draftContractId },
    }),
    expect: { admin: 'BAD_USER_INPUT', director: 'BAD_USER_INPUT', sales: 'denied', service: 'FORBIDDEN' },
  },
  commentOnContract: {
    call: (f) => ({
      query: `mutation($k: ID!) { commentOnContract(id: $k, body: "付款条件请再确认") { id body } }`,
      variables: { k: f.pendingContractId },
    }),
    expect: dealWrite,
  },
};
