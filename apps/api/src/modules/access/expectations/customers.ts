import { randomMobile } from '../../team/team-fixtures';
import { adminOnly, allOk, C, ctr, scopedRead, scopedWrite, type AccessExpectation } from './common';

/** Customers, contacts, follow-ups, tags, custom fields, users, the pool, sharing and reassignment. */
export const CUSTOMER_QUERIES: Record<string, AccessExpectation> = {
  me: { call: () => ({ query: `{ me { id } }` }), expect: allOk },
  serverTime: { call: () => ({ query: `{ serverTime }` }), expect: allOk },
  tags: { call: () => ({ query: `{ tags { id name } }` }), expect: allOk },
  customFields: { call: () => ({ query: `{ customFields { id key } }` }), expect: allOk },
  customer: {
    call: (f) => ({
      query: `query($id: ID!) { customer(id: $id) { ${C} changeLog(first: 5) { edges { node { action } } } } }`,
      variables: { id: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  customers: {
    call: (f) => ({
      query: `query($o: [ID!]) { customers(first: 100, filter: { ownerIds: $o }) { edges { node { ${C} } } } }`,
      variables: { o: [f.users.owner] },
    }),
    expect: scopedRead,
    reveals: true,
  },
  // Says that a duplicate exists and who holds it, without its details (`visible` tells whether it may be opened).
  duplicateCandidates: {
    call: (f) => ({
      query: `query($n: String) { duplicateCandidates(name: $n) { customerId visible owner { id } } }`,
      variables: { n: `测试${f.secret}科技有限公司` },
    }),
    expect: allOk,
  },
  recycleBin: {
    call: () => ({ query: `{ recycleBin(first: 100) { edges { node { id name } } } }` }),
    expect: { admin: 'ok', director: 'ok', sales: 'denied', service: 'denied' },
  },
  users: { call: () => ({ query: `{ users(first: 100) { edges { node { id name lockedUntil } } } }` }), expect: allOk },
  signIns: { call: (f) => ({ query: `query($u: ID) { signIns(userId: $u) { at } }`, variables: { u: f.users.owner } }), expect: adminOnly },
  poolCustomers: { call: () => ({ query: `{ poolCustomers(first: 100) { edges { node { id name } } } }` }), expect: allOk },
  poolRules: { call: () => ({ query: `{ poolRules { noFollowUpDays } }` }), expect: allOk },
  poolReclaimPreview: {
    call: () => ({ query: `{ poolReclaimPreview(days: 365) { customerId customer { name } } }` }),
    expect: { ...allOk, sales: 'denied' },
  },
};

export const CUSTOMER_MUTATIONS: Record<string, AccessExpectation> = {
  login: {
    call: () => ({ query: `mutation { login(email: "nobody@test.kehu", password: "Wrong@2026!") { token } }` }),
    expect: { admin: 'UNAUTHENTICATED', director: 'UNAUTHENTICATED', sales: 'UNAUTHENTICATED', service: 'UNAUTHENTICATED' },
  },
  changePassword: {
    call: () => ({ query: `mutation { changePassword(currentPassword: "Wrong@2026!", newPassword: "Xin#mima2027") { token } }` }),
    expect: { admin: 'BAD_USER_INPUT', director: 'BAD_USER_INPUT', sales: 'BAD_USER_INPUT', service: 'BAD_USER_INPUT' },
  },
  // Each user sets their own language only; an unknown language is refused for everyone.
  setMyLocale: {
    call: () => ({ query: `mutation { setMyLocale(locale: "fr") { id } }` }),
    expect: { admin: 'BAD_USER_INPUT', director: 'BAD_USER_INPUT', sales: 'BAD_USER_INPUT', service: 'BAD_USER_INPUT' },
  },
  createCustomer: {
    call: () => ({
      query: `mutation($n: String!, $m: String!) { createCustomer(input: { name: $n, contact: { name: "王五", mobile: $m } }) { id } }`,
      variables: { n: `新建${ctr()}贸易有限公司`, m: randomMobile() },
    }),
    expect: { admin: 'ok', director: 'ok', sales: 'ok', service: 'FORBIDDEN' },
  },
  updateCustomer: {
    call: (f) => ({
      query: `mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, version: $v, input: { remark: "改" }) { ${C} } }`,
      variables: { id: f.customerId, v: f.version },
    }),
    expect: scopedWrite,
    reveals: true,
  },
  // The target has contracts (it can only be deactivated): delete the owner's other customer.
  deleteCustomer: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteCustomer(id: $id) { id name } }`, variables: { id: f.otherCustomerId } }),
    expect: scopedWrite,
    reveals: true,
  },
  restoreCustomer: {
    call: (f) => ({ query: `mutation($id: ID!) { restoreCustomer(id: $id) { id name } }`, variables: { id: f.deletedCustomerId } }),
    expect: scopedWrite,
  },
  purgeCustomer: {
    call: (f) => ({ query: `mutation($id: ID!) { purgeCustomer(id: $id) }`, variables: { id: f.deletedCustomerId } }),
    expect: { admin: 'ok', director: 'FORBIDDEN', sales: 'denied', service: 'denied' },
  },
  deactivateCustomer: {
    call: (f) => ({ query: `mutation($id: ID!) { deactivateCustomer(id: $id) { id name } }`, variables: { id: f.customerId } }),
    expect: scopedWrite,
    reveals: true,
  },
  reactivateCustomer: {
    setup: 'deactivateCustomer',
    call: (f) => ({ query: `mutation($id: ID!) { reactivateCustomer(id: $id) { id name } }`, variables: { id: f.customerId } }),
    expect: scopedWrite,
    reveals: true,
  },
  addTags: {
    call: (f) => ({
      query: `mutation($id: ID!) { addTags(customerId: $id, names: ["重点"]) { id name } }`,
      variables: { id: f.customerId },
    }),
    expect: scopedWrite,
    reveals: true,
  },
  // A shared tag may be deleted only by someone who may edit every customer carrying it.
  deleteTag: {
    setup: 'tagCustomer',
    call: (f) => ({ query: `mutation($id: ID!) { deleteTag(id: $id) { id customersUntagged } }`, variables: { id: f.tagId } }),
    expect: { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' },
  },
  removeTags: {
    call: (f) => ({
      query: `mutation($id: ID!) { removeTags(customerId: $id, names: ["重点"]) { id name } }`,
      variables: { id: f.customerId },
    }),
    expect: scopedWrite,
    reveals: true,
  },
  createContact: {
    call: (f) => ({
      query: `mutation($id: ID!, $m: String!) { createContact(customerId: $id, primary: false, input: { name: "赵六", mobile: $m }) { id customer { name } } }`,
      variables: { id: f.customerId, m: randomMobile() },
    }),
    expect: scopedWrite,
  },
  updateContact: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateContact(id: $id, version: 1, input: { name: "改名" }) { id customer { name } } }`,
      variables: { id: f.contactId },
    }),
    expect: scopedWrite,
  },
  setPrimaryContact: {
    call: (f) => ({ query: `mutation($id: ID!) { setPrimaryContact(id: $id) { id name } }`, variables: { id: f.contactId } }),
    expect: scopedWrite,
    reveals: true,
  },
  deleteContact: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteContact(id: $id) }`, variables: { id: f.contactId } }),
    expect: scopedWrite,
  },
  createFollowUp: {
    call: (f) => ({
      query: `mutation($id: ID!) { createFollowUp(customerId: $id, input: { method: PHONE, content: "电话" }) { id customer { name } } }`,
      variables: { id: f.customerId },
    }),
    expect: scopedWrite,
    reveals: true,
  },
  // Follow-ups are edited only by their author or an admin: the manager may read it but not change it.
  updateFollowUp: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateFollowUp(id: $id, version: 1, input: { content: "改" }) { id content } }`,
      variables: { id: f.followUpId },
    }),
    expect: { admin: 'ok', director: 'FORBIDDEN', sales: 'denied', service: 'denied' },
  },
  // Deleting follows the editing rule: the author or an admin.
  deleteFollowUp: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteFollowUp(id: $id, version: 1) }`, variables: { id: f.followUpId } }),
    expect: { admin: 'ok', director: 'FORBIDDEN', sales: 'denied', service: 'denied' },
  },
  // Merging is for managers and admins (`customer.merge`), over customers they may edit.
  mergeCustomers: {
    call: (f) => ({
      query: `mutation($m: ID!, $d: [ID!]!) { mergeCustomers(masterId: $m, duplicateIds: $d) { mergedCustomerIds master { ${C} } } }`,
      variables: { m: f.customerId, d: [f.otherCustomerId] },
    }),
    expect: { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' },
    reveals: true,
  },
  createCustomField: {
    call: () => ({
      query: `mutation($k: String!) { createCustomField(input: { key: $k, label: "预算", kind: TEXT }) { id } }`,
      variables: { k: `f_${ctr()}` },
    }),
    expect: adminOnly,
  },
  updateCustomField: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateCustomField(id: $id, version: 1, input: { label: "改" }) { id } }`,
      variables: { id: f.customFieldId },
    }),
    expect: adminOnly,
  },
  deleteCustomField: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteCustomField(id: $id) }`, variables: { id: f.customFieldId } }),
    expect: adminOnly,
  },

  // Team: users, pool, sharing, reassignment.
  createUser: {
    call: () => ({
      query: `mutation($e: String!) { createUser(input: { name: "新人", email: $e, role: SALES, password: "Chu#shi2026" }) { id } }`,
      variables: { e: `u${ctr()}@test.kehu` },
    }),
    expect: adminOnly,
  },
  updateUser: {
    call: (f) => ({
      query: `mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, input: { name: "改名" }) { id } }`,
      variables: { id: f.spareUserId, v: f.spareUserVersion },
    }),
    expect: adminOnly,
  },
  deactivateUser: {
    call: (f) => ({ query: `mutation($id: ID!) { deactivateUser(id: $id) { customersMoved } }`, variables: { id: f.spareUserId } }),
    expect: adminOnly,
  },
  setExportPermission: {
    call: (f) => ({
      query: `mutation($id: ID!) { setExportPermission(userId: $id, allowed: true) { id } }`,
      variables: { id: f.spareUserId },
    }),
    expect: adminOnly,
  },
  signOutEverywhere: {
    call: () => ({ query: `mutation { signOutEverywhere }` }),
    expect: { admin: 'ok', director: 'ok', sales: 'ok', service: 'ok' },
    freshSession: true,
  },
  unlockUser: {
    call: (f) => ({ query: `mutation($id: ID!) { unlockUser(id: $id) { id } }`, variables: { id: f.spareUserId } }),
    expect: adminOnly,
  },
  claimCustomer: {
    call: (f) => ({ query: `mutation($id: ID!) { claimCustomer(id: $id) { id } }`, variables: { id: f.poolCustomerId } }),
    expect: { admin: 'ok', director: 'ok', sales: 'ok', service: 'FORBIDDEN' },
  },
  releaseCustomer: {
    call: (f) => ({
      query: `mutation($id: ID!) { releaseCustomer(id: $id, reason: "测试") { id name } }`,
      variables: { id: f.customerId },
    }),
    expect: scopedWrite,
    reveals: true,
  },
  shareCustomer: {
    call: (f) => ({
      query: `mutation($id: ID!, $u: [ID!]!) { shareCustomer(customerId: $id, userIds: $u, canEdit: false) { user { id } } }`,
      variables: { id: f.customerId, u: [f.users.manager] },
    }),
    expect: scopedWrite,
  },
  unshareCustomer: {
    call: (f) => ({
      query: `mutation($id: ID!, $u: [ID!]!) { unshareCustomer(customerId: $id, userIds: $u) { user { id } } }`,
      variables: { id: f.customerId, u: [f.users.manager] },
    }),
    expect: scopedWrite,
  },
  reassignCustomers: {
    call: (f) => ({
      query: `mutation($f: ID!, $t: ID!, $c: [ID!]) { reassignCustomers(fromUserId: $f, toUserId: $t, customerIds: $c) { customerIds } }`,
      variables: { f: f.users.owner, t: f.users.manager, c: [f.customerId] },
    }),
    expect: { admin: 'ok', director: 'ok', sales: 'FORBIDDEN', service: 'FORBIDDEN' },
  },
  updatePoolRules: {
    call: () => ({ query: `mutation { updatePoolRules(input: { noFollowUpDays: 30 }) { noFollowUpDays } }` }),
    expect: adminOnly,
  },
  runPoolReclaim: { call: () => ({ query: `mutation { runPoolReclaim { customerId } }` }), expect: adminOnly },
};
