import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';
import { baseUrl } from '../files/file.test-helpers';
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
    const input = { name: '标准销售合同', fileName: '标准销售合同.docx', contentBase64: b64(sample), checklist: ['付款条件已确认', '违约责任已确认'] };
    expect(errorOf(await app.gql(CREATE, { i: input }, team.token.sales)).code).toBe('FORBIDDEN');
    const created = (await app.ok(CREATE, { i: input }, team.token.admin)).createContractTemplate;
    expect(created).toMatchObject({ name: '标准销售合同', fileName: '标准销售合同.docx', size: sample.length, checklist: ['付款条件已确认', '违约责任已确认'], version: 1 });
    expect((await app.ok(`{ contractTemplates { id name } }`, {}, team.token.sales)).contractTemplates).toEqual([{ id: created.id, name: '标准销售合同' }]);
    expect(errorOf(await app.gql(CREATE, { i: input }, team.token.admin))).toMatchObject({ code: 'CONFLICT', field: 'input.name' });

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(errorOf(await app.gql(CREATE, { i: { ...input, name: '坏模板', contentBase64: b64(exe) } }, team.token.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contentBase64' });
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
    expect(errorOf(await app.gql(`mutation($id: ID!) { updateContractTemplate(id: $id, version: 1, input: { name: "x" }) { id } }`, { id: created.id }, team.token.admin)).code).toBe('CONFLICT');
  });

  it('generates the contract as .docx and PDF (Chinese text, 大写, lines, payment plan), a new version each time, for those who may edit', async () => {
    const [template] = (await app.ok(`{ contractTemplates { id } }`, {}, team.token.admin)).contractTemplates;
    const customerId = await newCustomer(app, team.token.sales, '上海明远贸易有限公司', { province: '上海市', address: '浦东新区世纪大道100号' }, { name: '周明' });
    const { number: customerNumber } = (await app.ok(`query($id: ID!) { customer(id: $id) { number } }`, { id: customerId }, team.token.sales)).customer;
    const contract = (
      await app.ok(`mutation($i: CreateContractInput!) { createContract(input: $i) { id number } }`, {
        i: {
          customerId, title: '年度采购合同', startDate: '2026-04-01', endDate: '2027-03-31',
          lines: [{ name: '企业版软件', quantity: '2', unitPrice: '50000' }, { name: '实施服务', quantity: '1', unitPrice: '0.05' }],
        },
      }, team.token.sales)
    ).createContract;
    await app.ok(`mutation($k: ID!) { addPaymentPlan(contractId: $k, input: { dueDate: "2026-05-01", amount: "60000", remark: "首付款" }) { id } }`, { k: contract.id }, team.token.sales);

    const files = (await app.ok(GENERATE, { k: contract.id, t: template.id }, team.token.sales)).generateContractDocument;
    expect(files.map((f: { fileName: string }) => f.fileName)).toEqual([`${contract.number}-年度采购合同-v1.docx`, `${contract.number}-年度采购合同-v1.pdf`]);
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
    const listed = (await app.ok(`query($id: ID!) { node(id: $id) { ... on Contract { attachments { fileName } } } }`, { id: contract.id }, team.token.sales)).node.attachments;
    expect(listed).toHaveLength(4);

    // A colleague who may not see the customer learns nothing; a missing template is NOT_FOUND.
    expect(errorOf(await app.gql(GENERATE, { k: contract.id, t: template.id }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(GENERATE, { k: contract.id, t: '00000000-0000-4000-8000-000000000009' }, team.token.sales)).code).toBe('NOT_FOUND');
  });

  it('deletes a template (admins); documents already generated stay', async () => {
    const created = (await app.ok(CREATE, { i: { name: '临时模板', fileName: 't.docx', contentBase64: b64(sampleTemplateDocx()) } }, team.token.admin)).createContractTemplate;
    expect(errorOf(await app.gql(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.manager)).code).toBe('FORBIDDEN');
    expect((await app.ok(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.admin)).deleteContractTemplate).toBe(true);
    expect(errorOf(await app.gql(`mutation($id: ID!) { deleteContractTemplate(id: $id) }`, { id: created.id }, team.token.admin)).code).toBe('NOT_FOUND');
  });
});
