import PizZip from 'pizzip';

/**
 * A small contract template (.docx) with every placeholder, built in code so tests and the demo need no binary in
 * the repository: a heading, the parties, the amount in figures and in 大写, a table with one row per line, and
 * the payment plan as a paragraph loop. Not a test file itself.
 */
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${p(text)}</w:tc>`;
const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

export const SAMPLE_TEMPLATE_PARAGRAPHS = [
  '{contractTitle}',
  '合同编号：{contractNumber}',
  '甲方（买方）：{customerName}（客户编号 {customerNumber}）',
  '地址：{customerAddress}　联系人：{contactName} {contactMobile}',
  '合同期限：{startDate} 至 {endDate}',
  '合同金额：{amount}（人民币大写：{amountInWords}）',
];

export function sampleTemplateDocx(extraParagraphs: string[] = []): Buffer {
  const body = [
    ...SAMPLE_TEMPLATE_PARAGRAPHS.map(p),
    `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>`,
    row(['序号', '产品/服务', '数量', '单价', '金额']),
    row(['{#lines}{index}', '{name}', '{quantity}{unit}', '{unitPrice}', '{amount}{/lines}']),
    `</w:tbl>`,
    p('付款计划：'),
    p('{#paymentPlans}第{index}期 {dueDate} 支付 {amount}（{amountInWords}）{remark}{/paymentPlans}'),
    p('乙方负责人：{ownerName}　日期：{today}'),
    ...extraParagraphs.map(p),
  ].join('');
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' }) as Buffer;
}
