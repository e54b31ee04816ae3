import { amountInWords } from '@kehu/domain';
import { hydrate, selectColumns } from '../../db/rows';
import type { Context } from '../../graphql/context';
import { badInput, conflict, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { Contract } from '../contracts/contract.entity';
import { loadUnderCustomer } from '../contracts/deal-common';
import { adoptTemplateChecklist } from '../contracts/contract.review';
import { text } from '../customers/customer.validation';
import { Attachment, AttachmentCategory, AttachmentRecordKind } from '../files/file.entity';
import { customerOfRecord, storeGeneratedFile } from '../files/file.service';
import { ContractTemplate, ContractTemplateInput } from './contract-template.entity';
import { checkTemplate, docxText, renderDocx, renderPdf, type ContractDocumentData } from './contract-template.render';

const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function listContractTemplates(ctx: Context): Promise<ContractTemplate[]> {
  requireUser(ctx);
  return hydrate(
    ContractTemplate,
    await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, ContractTemplate, 't')} FROM contract_templates t ORDER BY t.name`),
  );
}

function cleanChecklist(list: string[] | null | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const items = (list ?? []).map((item, i) => text(`input.checklist.${i}`, item, { max: 200, label: '审核项', required: true })!);
  if (items.length > 50) throw badInput('input.checklist', msg('contractTemplates.mostChecklistItems'));
  return items;
}

function cleanContent(input: ContractTemplateInput): { bytes: Buffer; fileName: string } | undefined {
  if (input.contentBase64 === undefined || input.contentBase64 === null) return undefined;
  if (!/^[A-Za-z0-9+/=\s]*$/.test(input.contentBase64)) throw badInput('input.contentBase64', msg('contractTemplates.contentBase64'));
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (!bytes.length) throw badInput('input.contentBase64', msg('contractTemplates.fileEmpty'));
  if (bytes.length > MAX_TEMPLATE_BYTES) throw badInput('input.contentBase64', msg('contractTemplates.templateLargerThanMb'));
  const fileName = text('input.fileName', input.fileName, { max: 200, label: '文件名', required: true })!;
  if (!/\.docx$/i.test(fileName)) throw badInput('input.fileName', msg('contractTemplates.templateDocxFile'));
  checkTemplate(bytes);
  return { bytes, fileName };
}

const rethrowName = (err: unknown): never => {
  if ((err as { constraint?: string }).constraint === 'contract_templates_name_key')
    throw conflict(msg('contractTemplates.templateNameExists'), { field: 'input.name' });
  throw err;
};

async function reload(ctx: Context, id: string): Promise<ContractTemplate> {
  const rows = hydrate(
    ContractTemplate,
    await ctx.dataSource.query(`SELECT ${selectColumns(ctx.dataSource, ContractTemplate, 't')} FROM contract_templates t WHERE t.id = $1`, [
      id,
    ]),
  );
  if (!rows.length) throw notFound('合同模板', id);
  return rows[0];
}

export async function createContractTemplate(ctx: Context, input: ContractTemplateInput): Promise<ContractTemplate> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  const name = text('input.name', input.name, { max: 100, label: '模板名称', required: true })!;
  const content = cleanContent(input);
  if (!content) throw badInput('input.contentBase64', msg('contractTemplates.docxRequired'));
  const now = ctx.clock.now();
  const [row] = await ctx.dataSource
    .query(
      `INSERT INTO contract_templates (name, file_name, content, size, checklist, created_by_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [name, content.fileName, content.bytes, content.bytes.length, cleanChecklist(input.checklist) ?? [], user.id, now],
    )
    .catch(rethrowName);
  return reload(ctx, row.id);
}

export async function updateContractTemplate(
  ctx: Context,
  id: string,
  version: number,
  input: ContractTemplateInput,
): Promise<ContractTemplate> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  const current = isUuid(id) ? await reload(ctx, id) : null;
  if (!current) throw notFound('合同模板', id);
  if (input.name === null) throw badInput('input.name', msg('contractTemplates.nameRequired'));
  const name = input.name === undefined ? current.name : text('input.name', input.name, { max: 100, label: '模板名称', required: true })!;
  const content = cleanContent(input);
  const checklist = cleanChecklist(input.checklist) ?? current.checklist;
  const [rows] = await ctx.dataSource
    .query(
      `UPDATE contract_templates SET name = $3, checklist = $4, file_name = coalesce($5, file_name), content = coalesce($6, content),
              size = coalesce($7, size), updated_at = $8, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, name, checklist, content?.fileName ?? null, content?.bytes ?? null, content?.bytes.length ?? null, ctx.clock.now()],
    )
    .catch(rethrowName);
  if (!rows.length) throw staleVersion('合同模板', current.version);
  return reload(ctx, id);
}

export async function deleteContractTemplate(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  if (!isUuid(id)) throw notFound('合同模板', id);
  const [, count] = await ctx.dataSource.query(`DELETE FROM contract_templates WHERE id = $1`, [id]);
  if (!count) throw notFound('合同模板', id);
  return true;
}

/** ¥40,000.00 from a decimal string. */
const yuan = (amount: string | null) => {
  if (amount === null) return '';
  const [int, dec = '00'] = amount.replace(/^-/, '').split('.');
  return `${amount.startsWith('-') ? '-' : ''}¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec.padEnd(2, '0')}`;
};

async function documentData(ctx: Context, contract: Contract & { customerId: string }): Promise<ContractDocumentData> {
  const q = (sql: string, params: unknown[]) => ctx.dataSource.query(sql, params);
  const [customer] = await q(
    `SELECT c.name, c.number, concat_ws('', c.province, c.city, c.address) AS address, u.name AS owner_name
       FROM customers c LEFT JOIN contracts k ON k.id = $2 LEFT JOIN users u ON u.id = k.owner_id WHERE c.id = $1`,
    [contract.customerId, contract.id],
  );
  const [contact] = await q(
    `SELECT name, coalesce(mobile, phone) AS mobile FROM contacts WHERE customer_id = $1 ORDER BY is_primary DESC, created_at LIMIT 1`,
    [contract.customerId],
  );
  const lines = await q(
    `SELECT name, unit, quantity::text, unit_price::text AS unit_price, amount::text FROM contract_lines WHERE contract_id = $1 ORDER BY position`,
    [contract.id],
  );
  const plans = await q(
    `SELECT due_date::text AS due_date, amount::text, remark FROM payment_plans WHERE contract_id = $1 ORDER BY due_date, created_at`,
    [contract.id],
  );
  const [{ today }] = await q(`SELECT to_char($1::timestamptz AT TIME ZONE $2, 'YYYY-MM-DD') AS today`, [
    ctx.clock.now(),
    ctx.config.businessTimeZone,
  ]);
  const amount = contract.amount ?? '0';
  return {
    customerName: customer.name,
    customerNumber: customer.number,
    customerAddress: customer.address ?? '',
    contactName: contact?.name ?? '',
    contactMobile: contact?.mobile ?? '',
    contractNumber: contract.number,
    contractTitle: contract.title,
    startDate: contract.startDate ?? '',
    endDate: contract.endDate ?? '',
    today,
    ownerName: customer.owner_name ?? '',
    amount: yuan(amount),
    amountInWords: amountInWords(amount),
    remark: contract.remark ?? '',
    lines: lines.map((l: Record<string, string | null>, i: number) => ({
      index: i + 1,
      name: l.name ?? '',
      unit: l.unit ?? '',
      quantity: l.quantity ?? '',
      unitPrice: yuan(l.unit_price),
      amount: yuan(l.amount),
    })),
    paymentPlans: plans.map((p: Record<string, string | null>, i: number) => ({
      index: i + 1,
      dueDate: p.due_date ?? '',
      amount: yuan(p.amount),
      amountInWords: amountInWords(p.amount!),
      remark: p.remark ?? '',
    })),
  };
}

/**
 * 生成合同: fills the template with the contract's data and keeps the result on the contract as two files, the
 * .docx and a PDF of its text, named with the next version (…-v2.docx): generating again never replaces an earlier
 * version. Needs edit rights on the contract's customer (as uploading a file does).
 */
export async function generateContractDocument(ctx: Context, contractId: string, templateId: string): Promise<Attachment[]> {
  const user = requireUser(ctx);
  const em = ctx.dataSource.manager;
  const contract = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', contractId, 'read', false);
  await customerOfRecord(em, user, AttachmentRecordKind.CONTRACT, contractId);
  if (!isUuid(templateId)) throw notFound('合同模板', templateId);
  const [template] = await ctx.dataSource.query(`SELECT content, name, checklist FROM contract_templates WHERE id = $1`, [templateId]);
  if (!template) throw notFound('合同模板', templateId);
  const docx = renderDocx(template.content, await documentData(ctx, contract));
  const pdf = await renderPdf(`${contract.number} ${contract.title}`, docxText(docx));
  const [{ n }] = await ctx.dataSource.query(
    `SELECT count(*)::int + 1 AS n FROM files WHERE record_id = $1 AND category = 'CONTRACT_DRAFT' AND file_name ~ '-v[0-9]+\\.docx$'`,
    [contractId],
  );
  const base = `${contract.number}-${contract.title}`.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 200) + `-v${n}`;
  const common = {
    recordKind: AttachmentRecordKind.CONTRACT,
    recordId: contractId,
    customerId: contract.customerId,
    category: AttachmentCategory.CONTRACT_DRAFT,
  };
  const word = await storeGeneratedFile(ctx, user, { ...common, fileName: `${base}.docx`, contentType: DOCX, bytes: docx });
  const printable = await storeGeneratedFile(ctx, user, { ...common, fileName: `${base}.pdf`, contentType: 'application/pdf', bytes: pdf });
  // The draft takes the template's review checklist: it must be ticked before the contract goes to approval.
  await adoptTemplateChecklist(ctx.dataSource.manager, contract, templateId, template.checklist);
  return [word, printable];
}
