// Contract templates end to end: an admin uploads a .docx template in 设置 → 分级与合同 (through the API here; the
// form itself is a plain upload), a salesperson opens a draft, clicks 生成合同, picks the template, and the .docx and
// PDF appear among the contract's files; the PDF's text (pdftotext, poppler-utils) carries the customer, the number
// and the amount in 大写; the checklist shows and must be ticked.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { ADMIN_EMAIL, apiLogin, gql, signInWithForm } from '../lib.mjs';

const SALES = 'li.na@kehu.demo';

function templateDocx() {
  const p = (t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
  const body = [
    '{contractTitle}',
    '合同编号：{contractNumber}',
    '甲方：{customerName}（{customerNumber}）',
    '金额：{amount}（大写：{amountInWords}）',
    '{#lines}{index}. {name} × {quantity} = {amount}{/lines}',
  ]
    .map(p)
    .join('');
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}

export default async ({ webUrl, apiUrl, newPage, screenshot, screenshotsDir }) => {
  const admin = await apiLogin(apiUrl, ADMIN_EMAIL);
  const sales = await apiLogin(apiUrl, SALES);
  const suffix = Date.now().toString().slice(-6);
  const { createContractTemplate: template } = await gql(
    apiUrl,
    `mutation($i: ContractTemplateInput!) { createContractTemplate(input: $i) { id name } }`,
    {
      i: {
        name: `浏览器测试模板 ${suffix}`,
        fileName: '测试模板.docx',
        contentBase64: templateDocx().toString('base64'),
        checklist: ['付款条件已确认'],
      },
    },
    admin.token,
  );
  const { customers } = await gql(
    apiUrl,
    `{ customers(filter: { ownership: MINE }, first: 1) { edges { node { id name number } } } }`,
    {},
    sales.token,
  );
  const customer = customers.edges[0].node;
  const { createContract: contract } = await gql(
    apiUrl,
    `mutation($i: CreateContractInput!) { createContract(input: $i) { id number } }`,
    {
      i: { customerId: customer.id, title: `模板生成测试 ${suffix}`, lines: [{ name: '年度服务', quantity: '1', unitPrice: '100000.05' }] },
    },
    sales.token,
  );

  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${webUrl}/login`);
  await signInWithForm(page, SALES);
  await page.waitForURL((url) => url.pathname === '/', { timeout: 30_000 });
  await page.goto(`${webUrl}/contracts/${contract.id}`);
  await page.getByTestId('contract-status').filter({ hasText: '草稿' }).waitFor({ timeout: 30_000 });
  await page.getByTestId('generate-contract').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('generate-contract-template').click();
  await page.locator('.ant-select-item-option').filter({ hasText: template.name }).click();
  await dialog.getByRole('button', { name: /^生\s*成$/ }).click(); // antd spaces two-character labels: 生 成
  const files = page.getByTestId('attachments-panel');
  await files.getByText(`${contract.number}-模板生成测试_${suffix}-v1.pdf`).waitFor({ timeout: 60_000 });
  await files.getByText(`${contract.number}-模板生成测试_${suffix}-v1.docx`).waitFor();
  await page.getByTestId('contract-checklist').getByText('付款条件已确认').waitFor();
  await screenshot(page);

  // The PDF as stored, read back with pdftotext.
  const { attachments } = await gql(
    apiUrl,
    `query($id: ID!) { attachments(filter: { recordId: $id }) { fileName downloadUrl } }`,
    { id: contract.id },
    sales.token,
  );
  const pdf = attachments.find((a) => a.fileName.endsWith('-v1.pdf'));
  const res = await fetch(new URL(pdf.downloadUrl, apiUrl.replace(/\/graphql$/, '/')));
  assert.equal(res.status, 200);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kehu-e2e-')), 'contract.pdf');
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, '');
  writeFileSync(path.join(screenshotsDir, 'contract-template.txt'), text);
  assert.ok(text.includes(customer.name), 'the customer is in the PDF');
  assert.ok(text.includes(contract.number), 'the contract number is in the PDF');
  assert.ok(text.includes('壹拾万元零伍分'), 'the amount in 大写 is in the PDF');
  assert.ok(text.includes('¥100,000.05'), 'the amount in figures is in the PDF');
};
