import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';

/** The whole deal path through the API, on a real database with an injected clock. */
let app: TestApp;
const t: Record<string, string> = {};
const u: Record<string, { id: string }> = {};
let phone = 13800138000;

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' }); // 10:00 in Shanghai
  const ds = app.db.dataSource;
  u.admin = await createUser(ds, { role: 'ADMIN', name: '管理员' });
  u.director = await createUser(ds, { role: 'MANAGER', name: '总监' });
  u.manager = await createUser(ds, { role: 'MANAGER', name: '王经理', managerId: u.director.id });
  u.sales = await createUser(ds, { role: 'SALES', name: '李娜', managerId: u.manager.id });
  u.otherManager = await createUser(ds, { role: 'MANAGER', name: '外部经理' });
  u.otherSales = await createUser(ds, { role: 'SALES', name: '张伟', managerId: u.otherManager.id });
  u.service = await createUser(ds, { role: 'SERVICE', name: '客服' });
  for (const [k, user] of Object.entries(u)) t[k] = await app.login((user as { email?: string }).email ?? '');
});
afterAll(() => app.close());

const err = (res: { errors?: { extensions?: Record<string, any>; message: string }[] }) => res.errors?.[0];

async function createCustomer(name: string, token = t.sales): Promise<string> {
  const d = await app.ok(
    `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`,
    { i: { name, contact: { name: '联系人', mobile: String(phone++) } } },
    token,
  );
  return d.createCustomer.id;
}

const CONTRACT = `id number status amount version signedAt
  lines { position name quantity unitPrice discountPercent amount product { code } }
  approvals { action fromStatus toStatus comment actor { name } }
  receivable { contracted received outstanding overdue longestOverdueDays }`;

const ADD_PLAN = `mutation($k: ID!, $i: PaymentPlanInput!) { addPaymentPlan(contractId: $k, input: $i) { id amount status receivedAmount version } }`;
const RECEIPT = `mutation($k: ID!, $i: ReceiptInput!) { recordReceipt(contractId: $k, input: $i) { id amount plan { status receivedAmount outstandingAmount } } }`;
const FLOW = (op: string, extra = '') =>
  `mutation($id: ID!, $v: Int!${extra ? ', $c: String!' : ''}) { ${op}(id: $id, version: $v${extra}) { ${CONTRACT} } }`;
const ADVANCE = `mutation($id: ID!, $v: Int!, $s: OpportunityStage!, $n: String) { advanceOpportunity(id: $id, version: $v, stage: $s, note: $n) { stage winRate version } }`;

/*
 * Each test builds the state it starts from through the API with the helpers below (no test relies on another
 * having run first): a product, an opportunity in negotiation, a draft contract, the approved and signed
 * contract, its payment plans and receipts.
 */
let seq = 0;

async function product(): Promise<{ id: string; code: string }> {
  const code = `STD-${++seq}`;
  const d = await app.ok(
    `mutation($c: String!) { createProduct(input: { name: "客户管理系统 标准版", code: $c, unit: "套", listPrice: "10000" }) { id } }`,
    { c: code },
    t.admin,
  );
  return { id: d.createProduct.id, code };
}

async function opportunityInNegotiation() {
  const customerId = await createCustomer(`深圳华信电子科技有限公司${++seq}号`);
  const d = await app.ok(
    `mutation($c: ID!) { createOpportunity(customerId: $c, input: { name: "华信 CRM 采购", amount: "50000" }) { id version } }`,
    { c: customerId },
    t.sales,
  );
  const oppId: string = d.createOpportunity.id;
  let version: number = d.createOpportunity.version;
  for (const stage of ['NEEDS', 'PROPOSAL', 'NEGOTIATION']) {
    version = (await app.ok(ADVANCE, { id: oppId, v: version, s: stage, n: `进入${stage}` }, t.sales)).advanceOpportunity.version;
  }
  return { customerId, oppId };
}

async function draftContract() {
  const productId = (await product()).id;
  const { customerId, oppId } = await opportunityInNegotiation();
  const d = await app.ok(
    `mutation($i: CreateContractInput!) { createContract(input: $i) { ${CONTRACT} } }`,
    {
      i: {
        customerId,
        opportunityId: oppId,
        title: '华信 CRM 软件采购合同',
        lines: [
          { productId, quantity: '3', discountPercent: '10' },
          { name: '实施服务', quantity: '1.5', unitPrice: '3333.33' },
        ],
      },
    },
    t.sales,
  );
  return { productId, customerId, oppId, contract: d.createContract };
}

/** Draft, edited to ¥41,000.00, submitted and approved by the director. */
async function approvedContract() {
  const d = await draftContract();
  let c = (
    await app.ok(
      `mutation($id: ID!, $v: Int!, $i: UpdateContractInput!) { updateContract(id: $id, version: $v, input: $i) { ${CONTRACT} } }`,
      {
        id: d.contract.id,
        v: d.contract.version,
        i: {
          lines: [
            { productId: d.productId, quantity: '4', discountPercent: '10' },
            { name: '实施服务', quantity: '1.5', unitPrice: '3333.33' },
          ],
        },
      },
      t.sales,
    )
  ).updateContract;
  c = (await app.ok(FLOW('submitContract'), { id: c.id, v: c.version }, t.sales)).submitContract;
  c = (await app.ok(FLOW('approveContract'), { id: c.id, v: c.version }, t.director)).approveContract;
  return { ...d, contract: c };
}

async function signedContract() {
  const d = await approvedContract();
  const c = (
    await app.ok(
      `mutation($id: ID!, $v: Int!) { signContract(id: $id, version: $v, signedAt: "2026-03-10") { ${CONTRACT} } }`,
      { id: d.contract.id, v: d.contract.version },
      t.sales,
    )
  ).signContract;
  return { ...d, contract: c };
}

/** Signed, with plans of ¥20,000.00 (due 2026-03-20) and ¥21,000.00 (due 2026-04-30). */
async function contractWithPlans() {
  const d = await signedContract();
  const plan1: string = (
    await app.ok(ADD_PLAN, { k: d.contract.id, i: { dueDate: '2026-03-20', amount: '20000', remark: '首付款' } }, t.sales)
  ).addPaymentPlan.id;
  const plan2: string = (await app.ok(ADD_PLAN, { k: d.contract.id, i: { dueDate: '2026-04-30', amount: '21000.00' } }, t.sales))
    .addPaymentPlan.id;
  return { ...d, plan1, plan2 };
}

/** Plans as above; the first one paid in two receipts (¥5,000.00 and ¥15,000.00). */
async function contractWithReceipts() {
  const d = await contractWithPlans();
  for (const amount of ['5000', '15000.00']) {
    await app.ok(
      RECEIPT,
      { k: d.contract.id, i: { planId: d.plan1, amount, receivedDate: '2026-03-10', method: 'BANK_TRANSFER' } },
      t.sales,
    );
  }
  return d;
}

describe('the deal path', () => {
  it('admins maintain products; others may not', async () => {
    const forbidden = await app.gql(`mutation { createProduct(input: { name: "x", code: "X", listPrice: "1" }) { id } }`, {}, t.sales);
    expect(err(forbidden)?.extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(`mutation { createProduct(input: { name: "x", code: "X", listPrice: "-1" }) { id } }`, {}, t.admin);
    expect(err(bad)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.listPrice' });
    const d = await app.ok(
      `mutation { createProduct(input: { name: "客户管理系统 标准版", code: "CRM-STD", unit: "套", listPrice: "10000" }) { id listPrice active } }`,
      {},
      t.admin,
    );
    expect(d.createProduct).toMatchObject({ listPrice: '10000.00', active: true });
    const dup = await app.gql(`mutation { createProduct(input: { name: "y", code: "crm-std", listPrice: "1" }) { id } }`, {}, t.admin);
    expect(err(dup)?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    const list = await app.ok(`{ products(filter: { search: "crm" }) { totalCount edges { node { code } } } }`, {}, t.sales);
    expect(list.products.totalCount).toBe(1);
  });

  it('moves an opportunity through every stage with its history', async () => {
    const customerId = await createCustomer('深圳华信电子科技有限公司');
    const d = await app.ok(
      `mutation($c: ID!) { createOpportunity(customerId: $c, input: { name: "华信 CRM 采购", amount: "50000" }) { id stage winRate version } }`,
      { c: customerId },
      t.sales,
    );
    expect(d.createOpportunity).toMatchObject({ stage: 'INITIAL', winRate: 20 });
    const oppId = d.createOpportunity.id;
    let version = d.createOpportunity.version;
    for (const [stage, rate] of [
      ['NEEDS', 40],
      ['PROPOSAL', 60],
      ['NEGOTIATION', 80],
    ] as const) {
      const r = await app.ok(ADVANCE, { id: oppId, v: version, s: stage, n: `进入${stage}` }, t.sales);
      expect(r.advanceOpportunity).toMatchObject({ stage, winRate: rate });
      version = r.advanceOpportunity.version;
    }
    const same = await app.gql(ADVANCE, { id: oppId, v: version, s: 'NEGOTIATION' }, t.sales);
    expect(err(same)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    const stale = await app.gql(ADVANCE, { id: oppId, v: version - 1, s: 'PROPOSAL' }, t.sales);
    expect(err(stale)?.extensions?.code).toBe('CONFLICT');
    const lostWithoutReason = await app.gql(ADVANCE, { id: oppId, v: version, s: 'LOST' }, t.sales);
    expect(err(lostWithoutReason)?.extensions).toMatchObject({ field: 'lostReason' });
    const service = await app.gql(ADVANCE, { id: oppId, v: version, s: 'PROPOSAL' }, t.service);
    expect(err(service)?.extensions?.code).toBe('FORBIDDEN');
    const o = await app.ok(
      `query($id: ID!) { opportunity(id: $id) { stage stageHistory { fromStage toStage note actor { name } } } }`,
      { id: oppId },
      t.sales,
    );
    expect(o.opportunity.stageHistory.map((s: any) => s.toStage)).toEqual(['INITIAL', 'NEEDS', 'PROPOSAL', 'NEGOTIATION']);
    expect(o.opportunity.stageHistory[3]).toMatchObject({ fromStage: 'PROPOSAL', note: '进入NEGOTIATION', actor: { name: '李娜' } });
    const hidden = await app.ok(`query($id: ID!) { opportunity(id: $id) { id } }`, { id: oppId }, t.otherSales);
    expect(hidden.opportunity).toBeNull();
  });

  it('drafts a contract from the opportunity with lines computed in SQL', async () => {
    const { id: productId, code } = await product();
    const { customerId, oppId } = await opportunityInNegotiation();
    const d = await app.ok(
      `mutation($i: CreateContractInput!) { createContract(input: $i) { ${CONTRACT} } }`,
      {
        i: {
          customerId,
          opportunityId: oppId,
          title: '华信 CRM 软件采购合同',
          lines: [
            { productId, quantity: '3', discountPercent: '10' },
            { name: '实施服务', quantity: '1.5', unitPrice: '3333.33' },
          ],
        },
      },
      t.sales,
    );
    const contract = d.createContract;
    expect(contract).toMatchObject({ status: 'DRAFT', amount: '32000.00' });
    const [, first] = /^HT-2026-(\d{4})$/.exec(contract.number) ?? [];
    expect(first).toBeDefined();
    expect(contract.lines).toEqual([
      {
        position: 1,
        name: '客户管理系统 标准版',
        quantity: '3.00',
        unitPrice: '10000.00',
        discountPercent: '10.00',
        amount: '27000.00',
        product: { code },
      },
      { position: 2, name: '实施服务', quantity: '1.50', unitPrice: '3333.33', discountPercent: '0.00', amount: '5000.00', product: null },
    ]);
    const second = await app.ok(
      `mutation($i: CreateContractInput!) { createContract(input: $i) { number } }`,
      { i: { customerId, title: '第二份' } },
      t.sales,
    );
    expect(second.createContract.number).toBe(`HT-2026-${String(Number(first) + 1).padStart(4, '0')}`);
  });

  it('refuses wrong transitions and changes nothing', async () => {
    const { contract } = await draftContract();
    const sign = await app.gql(
      `mutation($id: ID!, $v: Int!) { signContract(id: $id, version: $v, signedAt: "2026-03-10") { id } }`,
      { id: contract.id, v: contract.version },
      t.sales,
    );
    expect(err(sign)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', status: 'DRAFT' });
    expect(err(sign)?.message).toContain('不能签署');
    expect(err(sign)?.extensions?.messageKey).toBe('legacy');
    const approve = await app.gql(
      `mutation($id: ID!, $v: Int!) { approveContract(id: $id, version: $v) { id } }`,
      { id: contract.id, v: contract.version },
      t.manager,
    );
    expect(err(approve)?.extensions?.field).toBe('id');
    const after = await app.ok(
      `query($id: ID!) { contract(id: $id) { status version approvals { action } } }`,
      { id: contract.id },
      t.sales,
    );
    expect(after.contract).toEqual({ status: 'DRAFT', version: contract.version, approvals: [] });
  });

  it('submits, is rejected with a comment, edited, resubmitted and approved by a manager above the owner', async () => {
    const { contract, productId } = await draftContract();
    let c = (await app.ok(FLOW('submitContract'), { id: contract.id, v: contract.version }, t.sales)).submitContract;
    expect(c.status).toBe('PENDING');
    const own = await app.gql(FLOW('approveContract'), { id: c.id, v: c.version }, t.sales);
    expect(err(own)?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await app.gql(FLOW('approveContract'), { id: c.id, v: c.version }, t.otherManager);
    expect(err(outsider)?.extensions?.code).toBe('NOT_FOUND'); // cannot even see the customer
    const noComment = await app.gql(FLOW('rejectContract', ', comment: $c'), { id: c.id, v: c.version, c: '  ' }, t.manager);
    expect(err(noComment)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    c = (await app.ok(FLOW('rejectContract', ', comment: $c'), { id: c.id, v: c.version, c: '折扣过高，请调整' }, t.manager))
      .rejectContract;
    expect(c.status).toBe('DRAFT');

    const edited = await app.ok(
      `mutation($id: ID!, $v: Int!, $i: UpdateContractInput!) { updateContract(id: $id, version: $v, input: $i) { ${CONTRACT} } }`,
      {
        id: c.id,
        v: c.version,
        i: {
          lines: [
            { productId, quantity: '4', discountPercent: '10' },
            { name: '实施服务', quantity: '1.5', unitPrice: '3333.33' },
          ],
        },
      },
      t.sales,
    );
    c = edited.updateContract;
    expect(c.amount).toBe('41000.00');
    c = (await app.ok(FLOW('submitContract'), { id: c.id, v: c.version }, t.sales)).submitContract;
    const editPending = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateContract(id: $id, version: $v, input: { title: "改" }) { id } }`,
      { id: c.id, v: c.version },
      t.sales,
    );
    expect(err(editPending)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    c = (await app.ok(FLOW('approveContract'), { id: c.id, v: c.version }, t.director)).approveContract; // two levels above
    expect(c.status).toBe('APPROVED');
    expect(c.approvals).toEqual([
      { action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'PENDING', comment: null, actor: { name: '李娜' } },
      { action: 'REJECT', fromStatus: 'PENDING', toStatus: 'DRAFT', comment: '折扣过高，请调整', actor: { name: '王经理' } },
      { action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'PENDING', comment: null, actor: { name: '李娜' } },
      { action: 'APPROVE', fromStatus: 'PENDING', toStatus: 'APPROVED', comment: null, actor: { name: '总监' } },
    ]);
    // The number stays editable until signing.
    c = (
      await app.ok(
        `mutation($id: ID!, $v: Int!) { updateContract(id: $id, version: $v, input: { number: "HT-2026-9001" }) { ${CONTRACT} } }`,
        { id: c.id, v: c.version },
        t.sales,
      )
    ).updateContract;
    expect(c.number).toBe('HT-2026-9001');
  });

  it('signs: the customer becomes WON and the opportunity WON in the same transaction', async () => {
    const approved = await approvedContract();
    const { customerId, oppId } = approved;
    let contract = approved.contract;
    const before = await app.ok(`query($id: ID!) { customer(id: $id) { type } }`, { id: customerId }, t.sales);
    expect(before.customer.type).not.toBe('WON');
    const future = await app.gql(
      `mutation($id: ID!, $v: Int!) { signContract(id: $id, version: $v, signedAt: "2026-03-11") { id } }`,
      { id: contract.id, v: contract.version },
      t.sales,
    );
    expect(err(future)?.extensions).toMatchObject({ field: 'signedAt' });
    const d = await app.ok(
      `mutation($id: ID!, $v: Int!) { signContract(id: $id, version: $v, signedAt: "2026-03-10") { ${CONTRACT} } }`,
      { id: contract.id, v: contract.version },
      t.sales,
    );
    contract = d.signContract;
    expect(contract).toMatchObject({ status: 'SIGNED', signedAt: '2026-03-10' });
    const after = await app.ok(
      `query($id: ID!, $o: ID!) { customer(id: $id) { type } opportunity(id: $o) { stage winRate stageHistory { toStage note } } }`,
      { id: customerId, o: oppId },
      t.sales,
    );
    expect(after.customer.type).toBe('WON');
    expect(after.opportunity).toMatchObject({ stage: 'WON', winRate: 100 });
    expect(after.opportunity.stageHistory.at(-1)).toEqual({ toStage: 'WON', note: `签订合同 ${contract.number}` });
    const renumber = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateContract(id: $id, version: $v, input: { number: "X-1" }) { id } }`,
      { id: contract.id, v: contract.version },
      t.sales,
    );
    expect(err(renumber)?.extensions).toMatchObject({ field: 'input.number' });
  });

  it('adds two plans and refuses over-plans and negative amounts, changing nothing', async () => {
    const { contract } = await signedContract();
    (await app.ok(ADD_PLAN, { k: contract.id, i: { dueDate: '2026-03-20', amount: '20000', remark: '首付款' } }, t.sales)).addPaymentPlan
      .id;
    const p2 = await app.ok(ADD_PLAN, { k: contract.id, i: { dueDate: '2026-04-30', amount: '21000.00' } }, t.sales);
    const plan2 = p2.addPaymentPlan.id;
    expect(p2.addPaymentPlan).toMatchObject({ status: 'PENDING', receivedAmount: '0.00' });
    const over = await app.gql(ADD_PLAN, { k: contract.id, i: { dueDate: '2026-05-30', amount: '0.01' } }, t.sales);
    expect(err(over)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount', available: '0.00' });
    const negative = await app.gql(ADD_PLAN, { k: contract.id, i: { dueDate: '2026-05-30', amount: '-5' } }, t.sales);
    expect(err(negative)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(err(negative)?.message).toContain('不能为负数');
    const bigger = await app.gql(
      `mutation($id: ID!) { updatePaymentPlan(id: $id, version: 1, input: { amount: "21000.01" }) { id } }`,
      { id: plan2 },
      t.sales,
    );
    expect(err(bigger)?.extensions).toMatchObject({ field: 'input.amount' });
    const plans = await app.ok(`query($k: ID!) { contract(id: $k) { paymentPlans { amount } } }`, { k: contract.id }, t.sales);
    expect(plans.contract.paymentPlans).toEqual([{ amount: '20000.00' }, { amount: '21000.00' }]);
  });

  it('records a partial and a full receipt; refuses receipts above the outstanding amount', async () => {
    const { contract, customerId, plan1 } = await contractWithPlans();
    const part = await app.ok(
      RECEIPT,
      { k: contract.id, i: { planId: plan1, amount: '5000', receivedDate: '2026-03-10', method: 'BANK_TRANSFER' } },
      t.sales,
    );
    expect(part.recordReceipt.plan).toEqual({ status: 'PARTLY_PAID', receivedAmount: '5000.00', outstandingAmount: '15000.00' });
    const tooMuchForPlan = await app.gql(
      RECEIPT,
      { k: contract.id, i: { planId: plan1, amount: '15000.01', receivedDate: '2026-03-10', method: 'CASH' } },
      t.sales,
    );
    expect(err(tooMuchForPlan)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount', outstanding: '15000.00' });
    const full = await app.ok(
      RECEIPT,
      { k: contract.id, i: { planId: plan1, amount: '15000.00', receivedDate: '2026-03-10', method: 'BANK_TRANSFER' } },
      t.sales,
    );
    expect(full.recordReceipt.plan.status).toBe('PAID');
    const tooMuch = await app.gql(
      RECEIPT,
      { k: contract.id, i: { amount: '21000.01', receivedDate: '2026-03-10', method: 'CASH' } },
      t.sales,
    );
    expect(err(tooMuch)?.extensions).toMatchObject({ field: 'input.amount', outstanding: '21000.00' });
    const future = await app.gql(RECEIPT, { k: contract.id, i: { amount: '1', receivedDate: '2026-03-11', method: 'CASH' } }, t.sales);
    expect(err(future)?.extensions).toMatchObject({ field: 'input.receivedDate' });
    const list = await app.ok(`query($c: ID!) { receipts(filter: { customerId: $c }) { totalCount } }`, { c: customerId }, t.sales);
    expect(list.receipts.totalCount).toBe(2);
  });

  it('issues an invoice within the contract amount', async () => {
    const { contract } = await contractWithReceipts();
    const INVOICE = `mutation($k: ID!, $i: InvoiceInput!) { issueInvoice(contractId: $k, input: $i) { number amount status } }`;
    const number = `0441${String(++seq).padStart(4, '0')}`;
    const d = await app.ok(
      INVOICE,
      { k: contract.id, i: { number, type: 'VAT_SPECIAL', amount: '20000', issuedDate: '2026-03-10' } },
      t.sales,
    );
    expect(d.issueInvoice).toEqual({ number, amount: '20000.00', status: 'ISSUED' });
    const over = await app.gql(
      INVOICE,
      { k: contract.id, i: { number: `${number}-2`, type: 'VAT_NORMAL', amount: '21000.01', issuedDate: '2026-03-10' } },
      t.sales,
    );
    expect(err(over)?.extensions).toMatchObject({ field: 'input.amount', available: '21000.00' });
    const dup = await app.gql(
      INVOICE,
      { k: contract.id, i: { number, type: 'VAT_NORMAL', amount: '1', issuedDate: '2026-03-10' } },
      t.sales,
    );
    expect(err(dup)?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
  });

  const RECEIVABLE = `query($c: ID!, $k: ID!) {
    customer(id: $c) { creditRating receivable { contracted received outstanding overdue longestOverdueDays } paymentPlans { status overdueDays } }
    contract(id: $k) { receivable { contracted received outstanding overdue } } }`;

  it('computes receivables exactly and the credit rating from overdue days as time passes', async () => {
    const { contract, customerId, plan2 } = await contractWithReceipts();
    try {
      let r = await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales);
      expect(r.customer.receivable).toEqual({
        contracted: '41000.00',
        received: '20000.00',
        outstanding: '21000.00',
        overdue: '0.00',
        longestOverdueDays: 0,
      });
      expect(r.contract.receivable).toEqual({ contracted: '41000.00', received: '20000.00', outstanding: '21000.00', overdue: '0.00' });
      expect(r.customer.creditRating).toBe('A');

      app.clock.set('2026-04-30T15:30:00Z'); // 2026-04-30 23:30 in Shanghai: due today, not overdue yet
      r = await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales);
      expect(r.customer.creditRating).toBe('A');

      app.clock.set('2026-04-30T16:30:00Z'); // 2026-05-01 00:30 in Shanghai
      r = await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales);
      expect(r.customer.paymentPlans).toEqual([
        { status: 'PAID', overdueDays: 0 },
        { status: 'OVERDUE', overdueDays: 1 },
      ]);
      expect(r.customer.receivable).toMatchObject({ overdue: '21000.00', longestOverdueDays: 1 });
      expect(r.customer.creditRating).toBe('B');

      app.clock.advanceDays(29);
      expect((await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales)).customer).toMatchObject({
        creditRating: 'B',
        receivable: { longestOverdueDays: 30 },
      });
      app.clock.advanceDays(1);
      r = await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales);
      expect(r.customer).toMatchObject({ creditRating: 'C', receivable: { longestOverdueDays: 31 } });

      const overdue = await app.ok(
        `query($c: ID!) { paymentPlans(filter: { customerId: $c, statuses: [OVERDUE] }) { totalCount edges { node { id } } } }`,
        { c: customerId },
        t.sales,
      );
      expect(overdue.paymentPlans.edges.map((e: any) => e.node.id)).toEqual([plan2]);
      // Paying it restores A.
      await app.ok(
        RECEIPT,
        { k: contract.id, i: { planId: plan2, amount: '21000', receivedDate: '2026-05-31', method: 'ALIPAY' } },
        t.sales,
      );
      r = await app.ok(RECEIVABLE, { c: customerId, k: contract.id }, t.sales);
      expect(r.customer).toMatchObject({ creditRating: 'A', receivable: { received: '41000.00', outstanding: '0.00', overdue: '0.00' } });
    } finally {
      app.clock.set('2026-03-10T02:00:00Z');
    }
  });

  it('refuses to delete a customer with a contract', async () => {
    const { customerId } = await signedContract();
    const res = await app.gql(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: customerId }, t.sales);
    expect(err(res)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(err(res)?.message).toContain('合同');
    const still = await app.ok(`query($id: ID!) { customer(id: $id) { deletedAt } }`, { id: customerId }, t.sales);
    expect(still.customer.deletedAt).toBeNull();
  });

  it('hides contracts, plans and receipts of customers you may not see', async () => {
    const { contract, plan1 } = await contractWithReceipts();
    const q = await app.ok(
      `query($k: ID!) { contract(id: $k) { id } contracts { totalCount } receipts { totalCount } paymentPlans { totalCount } }`,
      { k: contract.id },
      t.otherSales,
    );
    expect(q).toEqual({ contract: null, contracts: { totalCount: 0 }, receipts: { totalCount: 0 }, paymentPlans: { totalCount: 0 } });
    const receipt = await app.gql(
      RECEIPT,
      { k: contract.id, i: { amount: '1', receivedDate: '2026-03-10', method: 'CASH' } },
      t.otherSales,
    );
    expect(err(receipt)?.extensions?.code).toBe('NOT_FOUND');
    const plan = await app.gql(`mutation($id: ID!) { deletePaymentPlan(id: $id) }`, { id: plan1 }, t.otherSales);
    expect(err(plan)?.extensions?.code).toBe('NOT_FOUND');
  });

  it('recomputes grades by the admin thresholds, leaving pinned grades alone', async () => {
    const { customerId } = await signedContract();
    const pinned = await createCustomer('固定等级客户有限公司');
    await app.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, version: 1, input: { grade: VIP }) { gradePinned } }`,
      { id: pinned },
      t.sales,
    );
    const denied = await app.gql(`mutation { recomputeGrades }`, {}, t.manager);
    expect(err(denied)?.extensions?.code).toBe('FORBIDDEN');
    await app.ok(`mutation { recomputeGrades }`, {}, t.admin);
    const g = await app.ok(
      `query($a: ID!, $b: ID!) { a: customer(id: $a) { grade } b: customer(id: $b) { grade } }`,
      { a: customerId, b: pinned },
      t.admin,
    );
    expect(g).toEqual({ a: { grade: 'NORMAL' }, b: { grade: 'VIP' } });
    const s = await app.ok(`{ dealSettings { version gradeVip } }`, {}, t.admin);
    expect(s.dealSettings.gradeVip).toBe('500000.00');
    const bad = await app.gql(
      `mutation($v: Int!) { updateDealSettings(version: $v, input: { gradeImportant: "600000" }) { version } }`,
      { v: s.dealSettings.version },
      t.admin,
    );
    expect(err(bad)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gradeImportant' });
    expect(err(bad)?.message).toContain('VIP');
    await app.ok(
      `mutation($v: Int!) { updateDealSettings(version: $v, input: { gradeVip: "40000", gradeImportant: "30000", gradeNormal: "1000" }) { version } }`,
      { v: s.dealSettings.version },
      t.admin,
    );
    await app.ok(`mutation { recomputeGrades }`, {}, t.admin);
    const g2 = await app.ok(`query($a: ID!) { customer(id: $a) { grade } }`, { a: customerId }, t.admin);
    expect(g2.customer.grade).toBe('VIP');
  });

  it('serialises concurrent plans so together they never exceed the contract amount', async () => {
    const cid = await createCustomer('并发测试有限公司');
    const k = await app.ok(
      `mutation($c: ID!) { createContract(input: { customerId: $c, title: "并发", lines: [{ name: "服务", quantity: "1", unitPrice: "100" }] }) { id } }`,
      { c: cid },
      t.sales,
    );
    const results = await Promise.all(
      [1, 2, 3].map(() => app.gql(ADD_PLAN, { k: k.createContract.id, i: { dueDate: '2026-06-01', amount: '60' } }, t.sales)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.field === 'input.amount').length).toBe(2);
  });
});

describe('statement counts of the customer 360 with deal relations', () => {
  const Q = `query($id: ID!) { customer(id: $id) {
    creditRating receivable { contracted outstanding }
    opportunities { name stageHistory { toStage actor { name } } contracts { number } owner { name } }
    contracts { number lines { amount product { name } } approvals { action actor { name } } paymentPlans { status receipts { amount } }
      receipts { amount plan { status } } invoices { number } receivable { outstanding } opportunity { name } owner { name } parent { number } supplements { number } }
    paymentPlans { amount status contract { number } } receipts { amount contract { number } } invoices { number contract { number } }
  } }`;

  async function customerWith(n: number) {
    const c = await createCustomer(`统计客户${n}号有限公司`);
    for (let i = 0; i < n; i++) {
      const o = await app.ok(`mutation($c: ID!) { createOpportunity(customerId: $c, input: { name: "商机${i}" }) { id } }`, { c }, t.sales);
      const k = await app.ok(
        `mutation($c: ID!, $o: ID!) { createContract(input: { customerId: $c, opportunityId: $o, title: "合同${i}", lines: [{ name: "a", quantity: "1", unitPrice: "100" }, { name: "b", quantity: "2", unitPrice: "50" }] }) { id } }`,
        { c, o: o.createOpportunity.id },
        t.sales,
      );
      await app.ok(ADD_PLAN, { k: k.createContract.id, i: { dueDate: '2026-04-01', amount: '50' } }, t.sales);
      await app.ok(ADD_PLAN, { k: k.createContract.id, i: { dueDate: '2026-05-01', amount: '50' } }, t.sales);
    }
    return c;
  }

  it('does not grow with the number of rows', async () => {
    const one = await customerWith(1);
    const four = await customerWith(4);
    await app.ok(Q, { id: four }, t.sales); // the first run teaches db/prepared.ts each statement's columns
    const a = await app.gql(Q, { id: one }, t.sales);
    const b = await app.gql(Q, { id: four }, t.sales);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data?.customer.contracts).toHaveLength(4);
    expect(b.statements).toBe(a.statements);
    // One per round of relations (the relations of a round go as one statement), whatever the row count.
    expect(a.statements).toBeLessThanOrEqual(6);
  });
});
