import { adminOnly, allOk, ctr, dealWrite, scopedRead, type AccessExpectation, type Outcome, type RoleKey } from './common';

/**
 * Products, opportunities, contracts and their approval flow, payment plans, receipts, invoices, deal settings
 * and grading. Deals hang under the customer: whoever reads the customer reads them (service staff too); only
 * roles with `deal.edit` / `payment.record` change them, within their edit scope.
 */

/** 审批: a manager above the owner (the director) or an admin; salespeople and service staff have no `contract.approve`. */
const approve: Record<RoleKey, Outcome> = { admin: 'ok', director: 'ok', sales: 'denied', service: 'FORBIDDEN' };

const K = `id title status customer { name }`;

export const DEAL_QUERIES: Record<string, AccessExpectation> = {
  products: { call: () => ({ query: `{ products(first: 5) { edges { node { id name } } } }` }), expect: allOk },
  dealSettings: { call: () => ({ query: `{ dealSettings { contractNumberPattern gradeVip version } }` }), expect: allOk },
  gradingFactors: { call: () => ({ query: `{ gradingFactors { tenureMonths minCredit } }` }), expect: allOk },
  opportunities: {
    call: (f) => ({
      query: `query($c: ID!) { opportunities(first: 20, filter: { customerId: $c }) { edges { node { id name remark } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  opportunity: {
    call: (f) => ({ query: `query($id: ID!) { opportunity(id: $id) { id name customer { name } } }`, variables: { id: f.opportunityId } }),
    expect: scopedRead,
    reveals: true,
  },
  contracts: {
    call: (f) => ({
      query: `query($c: ID!) { contracts(first: 20, filter: { customerId: $c }) { edges { node { ${K} } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  contract: {
    call: (f) => ({
      query: `query($id: ID!) { contract(id: $id) { ${K} lines { name } paymentPlans { remark } receipts { remark } invoices { remark } } }`,
      variables: { id: f.signedContractId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  paymentPlans: {
    call: (f) => ({
      query: `query($c: ID!) { paymentPlans(first: 20, filter: { customerId: $c }) { edges { node { id remark } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  receipts: {
    call: (f) => ({
      query: `query($c: ID!) { receipts(first: 20, filter: { customerId: $c }) { edges { node { id remark } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
  invoices: {
    call: (f) => ({
      query: `query($c: ID!) { invoices(first: 20, filter: { customerId: $c }) { edges { node { id remark } } } }`,
      variables: { c: f.customerId },
    }),
    expect: scopedRead,
    reveals: true,
  },
};

export const DEAL_MUTATIONS: Record<string, AccessExpectation> = {
  createProduct: {
    call: () => ({
      query: `mutation($c: String!) { createProduct(input: { name: "新商品", code: $c, listPrice: "99" }) { id } }`,
      variables: { c: `N-${ctr()}` },
    }),
    expect: adminOnly,
  },
  updateProduct: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateProduct(id: $id, version: 1, input: { name: "改名" }) { id } }`,
      variables: { id: f.productId },
    }),
    expect: adminOnly,
  },
  updateDealSettings: {
    call: (f) => ({
      query: `mutation($v: Int!) { updateDealSettings(version: $v, input: { contractNumberPattern: "HT-{YYYY}-{SEQ4}" }) { version } }`,
      variables: { v: f.dealSettingsVersion },
    }),
    expect: adminOnly,
  },
  recomputeGrades: { call: () => ({ query: `mutation { recomputeGrades }` }), expect: adminOnly },
  updateGradingFactors: {
    call: () => ({ query: `mutation { updateGradingFactors(input: { tenureMonths: 0, minCredit: C }) { tenureMonths } }` }),
    expect: adminOnly,
  },

  createOpportunity: {
    call: (f) => ({
      query: `mutation($c: ID!) { createOpportunity(customerId: $c, input: { name: "新商机", amount: "1000" }) { id customer { name } } }`,
      variables: { c: f.customerId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  updateOpportunity: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateOpportunity(id: $id, version: 1, input: { amount: "60000" }) { id name } }`,
      variables: { id: f.opportunityId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  advanceOpportunity: {
    call: (f) => ({
      query: `mutation($id: ID!) { advanceOpportunity(id: $id, version: 1, stage: PROPOSAL, note: "报价") { id name stage } }`,
      variables: { id: f.opportunityId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  deleteOpportunity: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteOpportunity(id: $id) }`, variables: { id: f.opportunityId } }),
    expect: dealWrite,
  },

  createContract: {
    call: (f) => ({
      query: `mutation($c: ID!) { createContract(input: { customerId: $c, title: "新合同", lines: [{ name: "服务", quantity: "1", unitPrice: "100" }] }) { ${K} } }`,
      variables: { c: f.customerId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  updateContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { updateContract(id: $id, version: 1, input: { remark: "改" }) { ${K} } }`,
      variables: { id: f.draftContractId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  deleteContract: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteContract(id: $id) }`, variables: { id: f.draftContractId } }),
    expect: dealWrite,
  },
  submitContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { submitContract(id: $id, version: 1, comment: "请审批") { ${K} } }`,
      variables: { id: f.draftContractId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  approveContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { approveContract(id: $id, version: 1, comment: "同意") { ${K} } }`,
      variables: { id: f.pendingContractId },
    }),
    expect: approve,
    reveals: true,
  },
  rejectContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { rejectContract(id: $id, version: 1, comment: "价格需调整") { ${K} } }`,
      variables: { id: f.pendingContractId },
    }),
    expect: approve,
    reveals: true,
  },
  signContract: {
    call: (f) => ({
      query: `mutation($id: ID!, $d: LocalDate!) { signContract(id: $id, version: 1, signedAt: $d) { ${K} } }`,
      variables: { id: f.approvedContractId, d: f.today },
    }),
    expect: dealWrite,
    reveals: true,
  },
  completeContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { completeContract(id: $id, version: 1) { ${K} } }`,
      variables: { id: f.signedContractId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  terminateContract: {
    call: (f) => ({
      query: `mutation($id: ID!) { terminateContract(id: $id, version: 1, reason: "客户违约") { ${K} } }`,
      variables: { id: f.signedContractId },
    }),
    expect: dealWrite,
    reveals: true,
  },

  addPaymentPlan: {
    call: (f) => ({
      query: `mutation($k: ID!, $d: LocalDate!) { addPaymentPlan(contractId: $k, input: { dueDate: $d, amount: "1000" }) { id contract { title } } }`,
      variables: { k: f.signedContractId, d: f.today },
    }),
    expect: dealWrite,
    reveals: true,
  },
  updatePaymentPlan: {
    call: (f) => ({
      query: `mutation($id: ID!) { updatePaymentPlan(id: $id, version: 1, input: { amount: "4000" }) { id remark } }`,
      variables: { id: f.paymentPlanId },
    }),
    expect: dealWrite,
    reveals: true,
  },
  deletePaymentPlan: {
    call: (f) => ({ query: `mutation($id: ID!) { deletePaymentPlan(id: $id) }`, variables: { id: f.paymentPlanId } }),
    expect: dealWrite,
  },
  recordReceipt: {
    call: (f) => ({
      query: `mutation($k: ID!, $d: LocalDate!) { recordReceipt(contractId: $k, input: { amount: "500", receivedDate: $d, method: BANK_TRANSFER }) { id contract { title } } }`,
      variables: { k: f.signedContractId, d: f.today },
    }),
    expect: dealWrite,
    reveals: true,
  },
  deleteReceipt: {
    call: (f) => ({ query: `mutation($id: ID!) { deleteReceipt(id: $id) }`, variables: { id: f.receiptId } }),
    expect: dealWrite,
  },
  issueInvoice: {
    call: (f) => ({
      query: `mutation($k: ID!, $d: LocalDate!, $n: String!) { issueInvoice(contractId: $k, input: { number: $n, type: E_INVOICE, amount: "500", issuedDate: $d }) { id contract { title } } }`,
      variables: { k: f.signedContractId, d: f.today, n: `FP-${ctr()}` },
    }),
    expect: dealWrite,
    reveals: true,
  },
  voidInvoice: {
    call: (f) => ({
      query: `mutation($id: ID!) { voidInvoice(id: $id, version: 1, reason: "开错") { id status remark } }`,
      variables: { id: f.invoiceId },
    }),
    expect: dealWrite,
    reveals: true,
  },
};
