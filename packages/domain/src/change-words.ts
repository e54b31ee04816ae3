/**
 * The change log and the merge preview in business words (issue 15, item 4): a logged field change
 * ({ field: 'contact.isPrimary', before: { value: null }, after: { value: true } }) becomes
 * 首要联系人：— → 是 / Primary contact: — → Yes. Field and enum labels come from the catalogue (labels.ts); ids become
 * the names of users and records (resolved by the caller, in one batch: see changeLogRefs); custom fields show their
 * label; instants show in the business time zone; money as ¥40,000.00.
 */
import { enumLabel, fieldLabel, recordTypeLabel, type EnumName, type Locale, type RecordType } from './labels.js';
import { formatDay, formatInstant, formatYuan } from './format/people.js';

/** What kind of value a logged field holds, and so how it is said. */
export type ValueKind =
  | { t: 'text' }
  | { t: 'enum'; e: EnumName }
  | { t: 'words'; words: Record<string, { zh: string; en: string }> }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'instant' }
  | { t: 'money' }
  | { t: 'percent' }
  | { t: 'ref'; kind: RefKind }
  | { t: 'refs'; kind: RefKind }
  | { t: 'customFields' }
  | { t: 'shares' }
  | { t: 'lines' };

/** Records an id in a change log may point at; their names come from one batched lookup. */
export type RefKind = 'user' | 'customer' | 'contact' | 'opportunity' | 'contract' | 'paymentPlan';
export const REF_KINDS: readonly RefKind[] = ['user', 'customer', 'contact', 'opportunity', 'contract', 'paymentPlan'];

const w = (zh: string, en: string) => ({ zh, en });
const RECEIPT_METHODS = {
  BANK_TRANSFER: w('银行转账', 'Bank transfer'),
  CASH: w('现金', 'Cash'),
  CHEQUE: w('支票', 'Cheque'),
  ALIPAY: w('支付宝', 'Alipay'),
  WECHAT_PAY: w('微信支付', 'WeChat Pay'),
  OTHER: w('其他', 'Other'),
};
const INVOICE_STATUSES = { ISSUED: w('已开具', 'Issued'), VOIDED: w('已作废', 'Voided') };

/** Field (`record.field`) -> kind of value; a field not listed is plain text. */
export const FIELD_KINDS: Record<string, ValueKind> = {
  'customer.type': { t: 'enum', e: 'CustomerType' },
  'customer.grade': { t: 'enum', e: 'CustomerGrade' },
  'customer.gradePinned': { t: 'bool' },
  'customer.source': { t: 'enum', e: 'CustomerSource' },
  'customer.industry': { t: 'enum', e: 'CustomerIndustry' },
  'customer.status': { t: 'enum', e: 'CustomerStatus' },
  'customer.firstContactDate': { t: 'date' },
  'customer.annualBudget': { t: 'money' },
  'customer.ownerId': { t: 'ref', kind: 'user' },
  'customer.deletedAt': { t: 'instant' },
  'customer.customFields': { t: 'customFields' },
  'customer.mergedCustomerIds': { t: 'refs', kind: 'customer' },
  'customer.primaryContactId': { t: 'ref', kind: 'contact' },
  'customer.shares': { t: 'shares' },
  'contact.isPrimary': { t: 'bool' },
  'contact.birthday': { t: 'date' },
  'followUp.at': { t: 'instant' },
  'followUp.method': { t: 'enum', e: 'FollowUpMethod' },
  'followUp.nextAt': { t: 'instant' },
  'followUp.remind': { t: 'bool' },
  'followUp.contactId': { t: 'ref', kind: 'contact' },
  'followUp.opportunityId': { t: 'ref', kind: 'opportunity' },
  'opportunity.amount': { t: 'money' },
  'opportunity.stage': { t: 'enum', e: 'OpportunityStage' },
  'opportunity.winRate': { t: 'percent' },
  'opportunity.expectedCloseDate': { t: 'date' },
  'opportunity.ownerId': { t: 'ref', kind: 'user' },
  'opportunity.lines': { t: 'lines' },
  'contract.amount': { t: 'money' },
  'contract.status': { t: 'enum', e: 'ContractStatus' },
  'contract.kind': { t: 'enum', e: 'ContractKind' },
  'contract.signedAt': { t: 'date' },
  'contract.startDate': { t: 'date' },
  'contract.endDate': { t: 'date' },
  'contract.ownerId': { t: 'ref', kind: 'user' },
  'contract.opportunityId': { t: 'ref', kind: 'opportunity' },
  'contract.parentId': { t: 'ref', kind: 'contract' },
  'paymentPlan.dueDate': { t: 'date' },
  'paymentPlan.amount': { t: 'money' },
  'receipt.amount': { t: 'money' },
  'receipt.receivedDate': { t: 'date' },
  'receipt.method': { t: 'words', words: RECEIPT_METHODS },
  'receipt.planId': { t: 'ref', kind: 'paymentPlan' },
  'invoice.amount': { t: 'money' },
  'invoice.issuedDate': { t: 'date' },
  'invoice.status': { t: 'words', words: INVOICE_STATUSES },
  'user.role': { t: 'enum', e: 'Role' },
  'user.managerId': { t: 'ref', kind: 'user' },
  'user.active': { t: 'bool' },
  'user.canExport': { t: 'bool' },
};

/** The catalogue prefix of a logged record type: Customer -> customer, PaymentPlan -> paymentPlan. */
export function recordKeyOf(entityType: string): string {
  return entityType.charAt(0).toLowerCase() + entityType.slice(1);
}

/** The catalogue key of a logged field: customer fields are logged bare (type), others with their record (contact.mobile). */
export function qualifiedField(entityType: string, field: string): string {
  if (field.includes('.') && !field.startsWith('customFields.')) return field;
  if (field === 'tags') return 'customer.tags';
  return `${recordKeyOf(entityType)}.${field}`;
}

/** A change-log entry as the API gives it (only what the words need). */
export interface ChangeLogLike {
  entityType: string;
  entityId: string;
  action: string;
  changes: readonly { field: string; before?: unknown; after?: unknown }[];
}

/** Names the reader's words need: ids of users and records -> their names; custom field keys -> their labels. */
export interface ChangeWordsContext {
  names?: Record<string, string>;
  customFieldLabels?: Record<string, string>;
  timeZone?: string;
}

export interface ChangeLine {
  label: string;
  before: string;
  after: string;
}

const EMPTY = '—';
const unwrap = (v: unknown): unknown =>
  v && typeof v === 'object' && !Array.isArray(v) && 'value' in v ? (v as { value: unknown }).value : v;
const joiner = (locale: Locale) => (locale === 'en' ? ', ' : '、');
const says = (x: { zh: string; en: string }, locale: Locale) => (locale === 'en' ? x.en : x.zh);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T/;

/** A name for an id; an unknown id is never shown: it becomes "(deleted) user" etc. */
function nameOf(id: unknown, kind: RefKind, locale: Locale, ctx: ChangeWordsContext): string {
  if (id === null || id === undefined || id === '') return EMPTY;
  const name = ctx.names?.[String(id)];
  if (name) return name;
  return locale === 'en' ? `(deleted ${recordTypeLabel(kind, 'en').toLowerCase()})` : `（已删除的${recordTypeLabel(kind, 'zh-CN')}）`;
}

/** Any value, when its kind is not known: still never an id, an instant or an object dump. */
function plain(value: unknown, locale: Locale, ctx: ChangeWordsContext): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否';
  if (Array.isArray(value)) return value.length ? value.map((x) => plain(x, locale, ctx)).join(joiner(locale)) : EMPTY;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${ctx.customFieldLabels?.[k] ?? k}: ${plain(v, locale, ctx)}`)
      .join(joiner(locale));
  }
  const s = String(value);
  if (UUID_RE.test(s)) return ctx.names?.[s] ?? (locale === 'en' ? '(another record)' : '（其他记录）');
  if (ISO_INSTANT_RE.test(s)) return formatInstant(s, { timeZone: ctx.timeZone, locale });
  return s;
}

/** A value of a field in the reader's words. */
export function sayValue(kind: ValueKind | undefined, raw: unknown, locale: Locale, ctx: ChangeWordsContext = {}): string {
  const value = unwrap(raw);
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  switch (kind?.t) {
    case 'enum':
      return Array.isArray(value)
        ? value.map((v) => enumLabel(kind.e, String(v), locale)).join(joiner(locale))
        : enumLabel(kind.e, String(value), locale);
    case 'words': {
      const word = kind.words[String(value)];
      return word ? says(word, locale) : plain(value, locale, ctx);
    }
    case 'bool':
      return plain(!!value, locale, ctx);
    case 'date':
      return formatDay(String(value), { timeZone: ctx.timeZone });
    case 'instant':
      return formatInstant(String(value), { timeZone: ctx.timeZone, locale });
    case 'money':
      return formatYuan(String(value));
    case 'percent':
      return `${value}%`;
    case 'ref':
      return nameOf(value, kind.kind, locale, ctx);
    case 'refs':
      return (Array.isArray(value) ? value : [value]).map((id) => nameOf(id, kind.kind, locale, ctx)).join(joiner(locale));
    case 'shares': {
      const ids = (value as { userIds?: unknown[] }).userIds ?? [];
      return ids.map((id) => nameOf(id, 'user', locale, ctx)).join(joiner(locale)) || EMPTY;
    }
    case 'lines': {
      const lines = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      return lines
        .map((l) => {
          const name = (l.productName ?? l.name ?? '') as string;
          const qty = l.quantity ?? l.qty;
          const price = l.unitPrice ?? l.price;
          return [name, qty !== undefined ? `× ${qty}` : '', price !== undefined ? formatYuan(String(price)) : '']
            .filter(Boolean)
            .join(' ');
        })
        .join(joiner(locale));
    }
    default:
      return plain(value, locale, ctx);
  }
}

/** The label of a field: the catalogue's; a custom field's own label; never the raw key when it can be helped. */
export function sayField(entityType: string, field: string, locale: Locale, ctx: ChangeWordsContext = {}): string {
  if (field.startsWith('customFields.')) {
    const key = field.slice('customFields.'.length);
    return ctx.customFieldLabels?.[key] ?? fieldLabel('customer.customFields', locale) ?? key;
  }
  const key = qualifiedField(entityType, field);
  const label = fieldLabel(key, locale);
  if (label) return label;
  const bare = key.slice(key.indexOf('.') + 1);
  return fieldLabel(`common.${bare}`, locale) ?? fieldLabel(`customer.${bare}`, locale) ?? bare;
}

/** The lines of one entry: one per changed field, a custom-field change split into one line per custom field. */
export function sayChanges(entry: ChangeLogLike, locale: Locale, ctx: ChangeWordsContext = {}): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const c of entry.changes) {
    const key = qualifiedField(entry.entityType, c.field);
    const kind = FIELD_KINDS[key];
    if (kind?.t === 'customFields') {
      const b = (unwrap(c.before) ?? {}) as Record<string, unknown>;
      const a = (unwrap(c.after) ?? {}) as Record<string, unknown>;
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
        if (JSON.stringify(b[k] ?? null) === JSON.stringify(a[k] ?? null)) continue;
        lines.push({
          label: sayField(entry.entityType, `customFields.${k}`, locale, ctx),
          before: c.before ? plain(b[k], locale, ctx) : EMPTY,
          after: c.after ? plain(a[k], locale, ctx) : EMPTY,
        });
      }
      continue;
    }
    lines.push({
      label: sayField(entry.entityType, c.field, locale, ctx),
      before: c.before ? sayValue(kind, c.before, locale, ctx) : EMPTY,
      after: c.after ? sayValue(kind, c.after, locale, ctx) : EMPTY,
    });
  }
  return lines;
}

/** Record type of a logged entity type (Contact -> contact), when the catalogue knows it. */
function recordTypeOf(entityType: string): RecordType | string {
  return recordKeyOf(entityType);
}

/**
 * What an entry is about, titled by the record's name: 联系人「张三」, 商机「一期」; the customer itself (the page the
 * log is on) has no title. The name comes from the batch of names, else from the entry's own name field.
 */
export function sayEntryTitle(
  entry: ChangeLogLike,
  locale: Locale,
  ctx: ChangeWordsContext & { customerId?: string | null } = {},
): string | null {
  if (entry.entityType === 'Customer' && (!ctx.customerId || ctx.customerId === entry.entityId)) return null;
  const type = recordTypeLabel(recordTypeOf(entry.entityType), locale);
  const own = entry.changes.find((c) => /(^|\.)(name|title|number|subject)$/.test(c.field));
  const name = ctx.names?.[entry.entityId] ?? (own ? String(unwrap(own.before) ?? unwrap(own.after) ?? '') : '');
  if (!name) return type;
  return locale === 'en' ? `${type} “${name}”` : `${type}「${name}」`;
}

/** Actions of the change log, zh-CN and en. */
export const CHANGE_ACTION_LABELS: Record<string, { zh: string; en: string }> = {
  CREATE: w('新建', 'Created'),
  UPDATE: w('修改', 'Edited'),
  DELETE: w('删除', 'Deleted'),
  RESTORE: w('恢复', 'Restored'),
  PURGE: w('彻底删除', 'Purged'),
  MERGE: w('合并', 'Merged'),
  MERGED_INTO: w('被合并', 'Merged into this customer'),
  OWNER_CHANGE: w('变更负责人', 'Owner changed'),
  CLAIM: w('领取', 'Claimed'),
  RELEASE: w('退回公海', 'Released to the pool'),
  RECLAIM: w('自动回收公海', 'Returned to the pool automatically'),
  DEACTIVATE: w('停用', 'Deactivated'),
  REACTIVATE: w('启用', 'Reactivated'),
  SET_PRIMARY: w('设为首要联系人', 'Set as primary contact'),
  TAG_ADD: w('添加标签', 'Tag added'),
  TAG_REMOVE: w('移除标签', 'Tag removed'),
  SHARE: w('共享', 'Shared'),
  UNSHARE: w('取消共享', 'Unshared'),
  REGRADE: w('自动调整等级', 'Grade recomputed'),
  ADVANCE: w('推进阶段', 'Stage advanced'),
  VOID: w('作废', 'Voided'),
  UNLOCK: w('解锁', 'Unlocked'),
  SUBMIT: w('提交审批', 'Submitted for approval'),
  APPROVE: w('审批通过', 'Approved'),
  REJECT: w('驳回', 'Rejected'),
  SIGN: w('签署', 'Signed'),
  COMPLETE: w('完成', 'Completed'),
  TERMINATE: w('终止', 'Terminated'),
};

export function sayAction(action: string, locale: Locale): string {
  const a = CHANGE_ACTION_LABELS[action];
  return a ? says(a, locale) : action;
}

/** Every id an entry's words need a name for (the record itself and id-valued fields), for one batched lookup. */
export function changeLogRefs(entry: ChangeLogLike): { kind: RefKind; id: string }[] {
  const out: { kind: RefKind; id: string }[] = [];
  const own = recordKeyOf(entry.entityType);
  if ((REF_KINDS as readonly string[]).includes(own) && UUID_RE.test(entry.entityId))
    out.push({ kind: own as RefKind, id: entry.entityId });
  for (const c of entry.changes) {
    const kind = FIELD_KINDS[qualifiedField(entry.entityType, c.field)];
    if (!kind || (kind.t !== 'ref' && kind.t !== 'refs' && kind.t !== 'shares')) continue;
    const refKind: RefKind = kind.t === 'shares' ? 'user' : kind.kind;
    for (const side of [c.before, c.after]) {
      const v = unwrap(side);
      const ids = kind.t === 'shares' ? ((v as { userIds?: unknown[] } | null)?.userIds ?? []) : Array.isArray(v) ? v : [v];
      for (const id of ids) if (typeof id === 'string' && UUID_RE.test(id)) out.push({ kind: refKind, id });
    }
  }
  return out;
}

/** Tables a merge moves rows of -> the record type they hold, for the merge preview and summary. */
export const TABLE_RECORD_TYPES: Record<string, RecordType> = {
  contacts: 'contact',
  follow_ups: 'followUp',
  opportunities: 'opportunity',
  opportunity_lines: 'opportunity',
  contracts: 'contract',
  contract_lines: 'contractLine',
  payment_plans: 'paymentPlan',
  receipts: 'receipt',
  invoices: 'invoice',
  visits: 'visit',
  tasks: 'task',
  customer_tags: 'tag',
  customer_shares: 'share',
  change_logs: 'changeLog',
  notifications: 'notification',
  reminders: 'reminder',
  attachments: 'attachment',
  files: 'attachment',
  import_rows: 'importJob',
  webhook_deliveries: 'webhookDelivery',
};

/** 合同明细 for contract_lines; an unknown table says 其他数据 / Other data, never its SQL name. */
export function tableLabel(table: string, locale: Locale): string {
  const bare = table.replace(/"/g, '').replace(/^.*\./, '');
  const type = TABLE_RECORD_TYPES[bare];
  return type ? recordTypeLabel(type, locale) : locale === 'en' ? 'Other data' : '其他数据';
}
