import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';
import { baseUrl, FIXTURES, upload } from '../files/file.test-helpers';
import { sampleTemplateDocx } from './contract-template.fixture';
import { docxText } from './contract-template.render';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const CREATE = `mutation($i: ContractTemplateInput!) { createContractTemplate(input: $i) { id name fileName size checklist version } }`;
const GENERATE = `mutation($k: ID!, $t: ID!) { generateContractDocument(contractId: $k, templateId: $t) { id fileName contentType category downloadUrl } }`;
const b64 = (b: Buffer) => b.toString('base64');

/** pdftotext (poppler-utils) reads the PDF back: what a person would see. */
async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kehu-pdf-'));
  try {
    await writeFile(path.join(dir, 'a.pdf'), pdf);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-']);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const download = async (url: string) => {
  const res = await fetch(`${baseUrl(app)}${url}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

describe('contract templates', () => {
  it('admins keep templates; others read them; a file that is not a .docx or has broken placeholders is refused', async () => {
    const sample = sampleTemplateDocx();
    const input = {
      name: '标准销售合同',
      fileName: '标准销售合同.docx',
      contentBase64: b64(sample),
      checklist: ['付款条件已确认', '违约责任已确认'],
    };
    expect(errorOf(await app.gql(CREATE, { i: input }, team.token.sales)).code).toBe('FORBIDDEN');
    const created = (await app.ok(CREATE, { i: input }, team.token.admin)).createContractTemplate;
    expect(created).toMatchObject({
      name: '标准销售合同',
      fileName: '标准销售合同.docx',
      size: sample.length,
      checklist: ['付款条件已确认', '违约责任已确认'],
      version: 1,
    });
    expect((await app.ok(`{ contractTemplates { id name } }`, {}, team.token.sales)).contractTemplates).toEqual([
      { id: created.id, name: '标准销售合同' },
    ]);
    expect(errorOf(await app.gql(CREATE, { i: input }, team.token.admin))).toMatchObject({ code: 'CONFLICT', field: 'input.name' });

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(errorOf(await app.gql(CREATE, { i: { ...input, name: '坏模板', contentBase64: b64(exe) } }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contentBase64',
    });
    const broken = sampleTemplateDocx(['{customerName']);
    const err = errorOf(await app.gql(CREATE, { i: { ...input, name: '坏模板', contentBase64: b64(broken) } }, team.token.admin));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
    expect(err.message).toContain('占位符');

    const updated = await app.ok(
      `mutation($id: ID!, $v: Int!) { updateContractTemplate(id: $id, version: $v, input: { checklist: ["付款条件已确认"] }) { checklist version } }`,
      { id: created.id, v: 1 },
      team.token.admin,
    );
    expect(updated.updateContractTemplate).toEqual({ checklist: ['付款条件已确认'], version: 2 });
    expect(
      errorOf(
        await app.gql(
          `mutation($id: ID!) { updateContractTemplate(id: $id, version: 1, input: { name: "x" }) { id } }`,
          { id: created.id },
          team.token.admin,
        ),
      ).code,
    ).toBe('CONFLICT');
  });

  it('generates the contract as .docx and PDF (Chinese text, 大写, lines, payment plan), a new version each time, for those who may edit', async () => {
    const [template] = (await app.ok(`{ contractTemplates { id } }`, {}, team.token.admin)).contractTemplates;
    const customerId = await newCustomer(
      app,
      team.token.sales,
      '上海明远贸易有限公司',
      { province: '上海市', address: '浦东新区世纪大道100号' },
      { name: '周明' },
    );
    const { number: customerNumber } = (
      await app.ok(`query($id: ID!) { customer(id: $id) { number } }`, { id: customerId }, team.token.sales)
    ).customer;
    const contract = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { id number } }`,
        {
          i: {
            customerId,
            title: '年度采购合同',
            startDate: '2026-04-01',
            endDate: '2027-03-31',
            lines: [
              { name: '企业版软件', quantity: '2', unitPrice: '50000' },
              { name: '实施服务', quantity: '1', unitPrice: '0.05' },
            ],
          },
        },
        team.token.sales,
      )
    ).createContract;
    await app.ok(
      `mutation($k: ID!) { addPaymentPlan(contractId: $k, input: { dueDate: "2026-05-01", amount: "60000", remark: "首付款" }) { id } }`,
      { k: contract.id },
      team.token.sales,
    );

    const files = (await app.ok(GENERATE, { k: contract.id, t: template.id }, team.token.sales)).generateContractDocument;
    expect(files.map((f: { fileName: string }) => f.fileName)).toEqual([
      `${contract.number}-年度采购合同-v1.docx`,
      `${contract.number}-年度采购合同-v1.pdf`,
    ]);
    expect(files.map((f: { category: string }) => f.category)).toEqual(['CONTRACT_DRAFT', 'CONTRACT_DRAFT']);

    const text = docxText(await download(files[0].downloadUrl)).join('\n');
    expect(text).toContain(`合同编号：${contract.number}`);
    expect(text).toContain(`甲方（买方）：上海明远贸易有限公司（客户编号 ${customerNumber}）`);
    expect(text).toContain('合同期限：2026-04-01 至 2027-03-31');
    expect(text).toContain('合同金额：¥100,000.05（人民币大写：壹拾万元零伍分）');
    expect(text).toContain('1    企业版软件    2.00    ¥50,000.00    ¥100,000.00');
    expect(text).toContain('第1期 2026-05-01 支付 ¥60,000.00（陆万元整）首付款');
    expect(text).toContain('联系人：周明');

    const pdf = await download(files[1].downloadUrl);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const seen = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(seen).toContain('上海明远贸易有限公司');
    expect(seen).toContain('人民币大写：壹拾万元零伍分');
    expect(seen).toContain('陆万元整');

    // The contract keeps every version; generating again makes v2.
    const again = (await app.ok(GENERATE, { k: contract.id, t: template.id }, team.token.sales)).generateContractDocument;
    expect(again[0].fileName).toMatch(/-v2\.docx$/);
    const listed = (
      await app.ok(
        `query($id: ID!) { node(id: $id) { ... on Contract { attachments { fileName } } } }`,
        { id: contract.id },
        team.token.sales,
      )
    ).node.attachments;
    expect(listed).toHaveLength(4);

    // A colleague who may not see the customer learns nothing; a missing template is NOT_FOUND.
    expect(errorOf(await app.gql(GENERATE, { k: contract.id, t: template.id }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(GENERATE, { k: contract.id, t: '00000000-0000-4000-8000-000000000009' }, team.token.sales)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('deletes a template (admins); documents already generated stay', async () => {
    const created = (
      await app.ok(CREATE, { i: { name: '临时模板', fileName: 't.docx', contentBase64: b64(sampleTemplateDocx()) } }, team.token.admin)
    ).createContractTemplate;
    expect(
      errorOf(await app.gql(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.manager)).code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.ok(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.admin)).deleteContractTemplate,
    ).toBe(true);
    expect(
      errorOf(await app.gql(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.admin)).code,
    ).toBe('NOT_FOUND');
  });

  it("a draft must tick its template's checklist before approval; reviewers' comments stay; the signed scan archives it", async () => {
    const created = (
      await app.ok(
        CREATE,
        {
          i: {
            name: '审核模板',
            fileName: 'r.docx',
            contentBase64: b64(sampleTemplateDocx()),
            checklist: ['付款条件已确认', '交付期限已确认'],
          },
        },
        team.token.admin,
      )
    ).createContractTemplate;
    const customerId = await newCustomer(app, team.token.sales, '杭州审核归档有限公司');
    const K = `id version status archivedAt reviewChecklist { item checked checkedAt checkedBy { name } } reviewComments { body author { name } }`;
    let k = (
      await app.ok(
        `mutation($i: CreateContractInput!) { createContract(input: $i) { ${K} } }`,
        { i: { customerId, title: '审核合同', lines: [{ name: '服务', quantity: '1', unitPrice: '8000' }] } },
        team.token.sales,
      )
    ).createContract;
    expect(k.reviewChecklist).toEqual([]);
    await app.ok(GENERATE, { k: k.id, t: created.id }, team.token.sales);
    k = (await app.ok(`query($id: ID!) { contract(id: $id) { ${K} } }`, { id: k.id }, team.token.sales)).contract;
    expect(k.reviewChecklist.map((i: { item: string; checked: boolean }) => [i.item, i.checked])).toEqual([
      ['付款条件已确认', false],
      ['交付期限已确认', false],
    ]);

    const SUBMIT = `mutation($id: ID!, $v: Int!) { submitContract(id: $id, version: $v) { ${K} } }`;
    const refused = errorOf(await app.gql(SUBMIT, { id: k.id, v: k.version }, team.token.sales));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewChecklist', unchecked: ['付款条件已确认', '交付期限已确认'] });
    expect(refused.message).toContain('审核清单尚未完成，请先确认：付款条件已确认、交付期限已确认');

    const CHECK = `mutation($id: ID!, $v: Int!, $i: Int!) { checkContractReviewItem(id: $id, version: $v, index: $i, checked: true) { ${K} } }`;
    expect(errorOf(await app.gql(CHECK, { id: k.id, v: k.version, i: 0 }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(CHECK, { id: k.id, v: k.version, i: 5 }, team.token.sales))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'index',
    });
    k = (await app.ok(CHECK, { id: k.id, v: k.version, i: 0 }, team.token.sales)).checkContractReviewItem;
    expect(errorOf(await app.gql(CHECK, { id: k.id, v: k.version - 1, i: 1 }, team.token.sales)).code).toBe('CONFLICT');
    k = (await app.ok(CHECK, { id: k.id, v: k.version, i: 1 }, team.token.sales)).checkContractReviewItem;
    expect(k.reviewChecklist[0]).toMatchObject({ checked: true, checkedBy: { name: '李销售' } });
    k = (await app.ok(SUBMIT, { id: k.id, v: k.version }, team.token.sales)).submitContract;
    expect(k.status).toBe('PENDING');
    // Past the draft the checklist is fixed.
    expect(errorOf(await app.gql(CHECK, { id: k.id, v: k.version, i: 0 }, team.token.sales)).code).toBe('BAD_USER_INPUT');

    await app.ok(
      `mutation($id: ID!) { commentOnContract(id: $id, body: "第 5 条违约金比例请法务确认") { id } }`,
      { id: k.id },
      team.token.manager,
    );
    expect(
      errorOf(await app.gql(`mutation($id: ID!) { commentOnContract(id: $id, body: "看不到") { id } }`, { id: k.id }, team.token.outsider))
        .code,
    ).toBe('NOT_FOUND');
    k = (
      await app.ok(
        `mutation($id: ID!, $v: Int!) { approveContract(id: $id, version: $v, comment: "同意") { ${K} } }`,
        { id: k.id, v: k.version },
        team.token.manager,
      )
    ).approveContract;
    expect(k.reviewComments).toEqual([{ body: '第 5 条违约金比例请法务确认', author: { name: '王经理' } }]);

    // A scan before signing does not archive; the signed scan after signing does.
    const early = await upload(
      app,
      team.token.sales,
      { recordKind: 'CONTRACT', recordId: k.id, category: 'SIGNED_SCAN', fileName: '草签.pdf' },
      FIXTURES.pdf,
    );
    expect(early.status).toBe(201);
    expect(
      (await app.ok(`query($id: ID!) { contract(id: $id) { archivedAt } }`, { id: k.id }, team.token.sales)).contract.archivedAt,
    ).toBeNull();
    k = (
      await app.ok(
        `mutation($id: ID!, $v: Int!) { signContract(id: $id, version: $v, signedAt: "2026-03-10") { ${K} } }`,
        { id: k.id, v: k.version },
        team.token.sales,
      )
    ).signContract;
    expect(k.archivedAt).toBeNull();
    const scan = await upload(
      app,
      team.token.sales,
      { recordKind: 'CONTRACT', recordId: k.id, category: 'SIGNED_SCAN', fileName: '盖章合同扫描件.pdf' },
      FIXTURES.pdf,
    );
    expect(scan.status).toBe(201);
    expect((await app.ok(`query($id: ID!) { contract(id: $id) { archivedAt } }`, { id: k.id }, team.token.sales)).contract.archivedAt).toBe(
      '2026-03-10T02:00:00.000Z',
    );
  });
});
