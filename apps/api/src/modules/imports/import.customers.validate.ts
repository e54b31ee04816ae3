import type { EntityManager } from 'typeorm';
import { isValidDateString, labelParam, normalizeCompanyName } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import { badInput, msg } from '../../graphql/errors';
import { editableCustomerSql } from '../access/customer-scope';
import type { CustomField } from '../custom-fields/custom-field.entity';
import { applyCustomFieldValues } from '../custom-fields/custom-field.values';
import { cleanContact, cleanCustomerFields, cleanName, notFuture } from '../customers/customer.validation';
import { cleanTagNames } from '../tags/tag.service';
import type { User } from '../users/user.entity';
import { GRADE_LABELS, IMPORT_TYPES, normalizeHeader, TYPE_LABELS, type ImportColumn } from './import.columns';
import type { ImportChoice, ImportKind } from './import.enums';
import type { CellValue, ParsedSheet } from './import.parse';

/** A customer row as it will be written. */
export interface CustomerRowData {
  name: string;
  nameKey: string;
  type: string;
  /** 客户编号 of an existing customer this row updates (null: a new customer, numbered on creation). */
  number: string | null;
  grade: string;
  gradePinned: boolean;
  source: string | null;
  industry: string | null;
  province: string | null;
  city: string | null;
  address: string | null;
  email: string | null;
  website: string | null;
  firstContactDate: string | null;
  remark: string | null;
  tags: string[];
  customFields: Record<string, unknown>;
  /** The cells that were filled: an UPDATE changes only these. */
  filled: string[];
  contact: {
    name: string;
    title: string | null;
    mobile: string | null;
    phone: string | null;
    email: string | null;
    birthday: string | null;
  };
}

export interface CellError {
  column: string;
  message: string;
}

export interface DuplicateInfo {
  source: 'DATABASE' | 'FILE';
  reason: 'SAME_NUMBER' | 'SAME_NAME' | 'SAME_PHONE' | 'SAME_FOLLOW_UP';
  customerId: string | null;
  name: string;
  ownerName: string | null;
  rowNumber: number | null;
  canUpdate: boolean;
}

export interface ValidatedRow {
  rowNumber: number;
  data: CustomerRowData | Record<string, unknown>;
  errors: CellError[];
  duplicates: DuplicateInfo[];
  allowedChoices: ImportChoice[];
}

/** The Chinese half of an API message "中文 (english)". */
export const chinese = (message: string) => (/^(.*?)\s*\([^()]*\)\s*$/.exec(message)?.[1] || message).trim();

/** Maps header cells to columns; a missing required column refuses the whole file. */
export function mapHeaders(headers: string[], columns: ImportColumn[]): Map<string, number> {
  const at = new Map<string, number>();
  headers.forEach((h, i) => {
    const col = columns.find((c) => c.label === normalizeHeader(h));
    if (col && !at.has(col.key)) at.set(col.key, i);
  });
  const missing = columns.filter((c) => c.required && !c.customField && !at.has(c.key)).map((c) => c.label);
  if (missing.length) throw badInput('file', msg('imports.missingColumns', { value: missing.join('、') }));
  if (!at.size) throw badInput('file', msg('imports.noKnownColumns'));
  return at;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/** A cell as text: numbers as typed (phone numbers come as numbers from Excel), dates as YYYY-MM-DD. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  return v.trim();
}

/** A calendar date from an Excel date cell or text like 2026-3-5, 2026/03/05, 2026年3月5日. */
export function cellDate(v: CellValue, label: string): string | null {
  if (v === null || v === '') return null;
  if (v instanceof Date) return cellText(v);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(String(v).trim());
  const date = m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : '';
  if (!m || !isValidDateString(date)) throw badInput(label, msg('imports.notDate', { label: labelParam(label) }));
  return date;
}

const splitList = (s: string) =>
  s
    .split(/[、,，;；\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function enumValue(text: string, labels: readonly string[], codes: readonly string[], label: string): string | null {
  if (!text) return null;
  const byLabel = labels.indexOf(text);
  if (byLabel >= 0) return codes[byLabel];
  const upper = text.toUpperCase();
  if (codes.includes(upper)) return upper;
  throw badInput(label, msg('imports.unknownValue', { label: labelParam(label), value: labels.join(' / ') }));
}

/** Validates every customer row, collecting each cell's problem (not just the first). */
export function validateCustomerRows(sheet: ParsedSheet, columns: ImportColumn[], defs: CustomField[], today: string): ValidatedRow[] {
  const at = mapHeaders(sheet.headers, columns);
  const labelOf = new Map(columns.map((c) => [c.key, c.label]));
  return sheet.rows.map(({ rowNumber, cells, problems = [] }) => {
    const errors: CellError[] = [...problems];
    const raw = (key: string): CellValue => (at.has(key) ? (cells[at.get(key)!] ?? null) : null);
    const txt = (key: string) => cellText(raw(key));
    const attempt = <T>(key: string, fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch (err) {
        errors.push({ column: labelOf.get(key) ?? '', message: chinese((err as Error).message) });
        return fallback;
      }
    };
    const filled = [...at.keys()].filter((k) => txt(k) !== '');

    const name = attempt('name', () => cleanName('name', txt('name'), true), null) ?? '';
    const nameKey = name ? normalizeCompanyName(name) : '';
    if (name && !nameKey) errors.push({ column: '客户名称', message: '客户名称无效' });
    const type = attempt(
      'type',
      () => {
        if (txt('type') === '成交' || txt('type').toUpperCase() === 'WON') throw badInput('type', msg('imports.wonNotImportable'));
        return enumValue(txt('type'), TYPE_LABELS, IMPORT_TYPES, '客户类型');
      },
      null,
    );
    const grade = attempt(
      'grade',
      () => enumValue(txt('grade'), GRADE_LABELS, ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'], '客户等级'),
      null,
    );
    const fields: Record<string, string | null | undefined> = {};
    for (const key of ['source', 'industry', 'province', 'city', 'address', 'email', 'website', 'remark'] as const) {
      fields[key] = attempt(
        key,
        () => (cleanCustomerFields({ [key]: txt(key) }, '') as Record<string, string | null | undefined>)[key],
        null,
      );
    }
    const firstContactDate =
      attempt(
        'firstContactDate',
        () => notFuture('firstContactDate', cellDate(raw('firstContactDate'), '首次接触日期'), today, '首次接触日期'),
        null,
      ) ?? null;
    const tags = attempt('tags', () => cleanTagNames(splitList(txt('tags')), 'tags'), []);

    const contactCells = {
      name: txt('contact.name'),
      title: txt('contact.title'),
      mobile: txt('contact.mobile'),
      phone: txt('contact.phone'),
      email: txt('contact.email'),
    };
    const contact: CustomerRowData['contact'] = { name: '', title: null, mobile: null, phone: null, email: null, birthday: null };
    for (const key of ['name', 'title', 'mobile', 'phone', 'email'] as const) {
      const cleaned = attempt(
        `contact.${key}`,
        () =>
          cleanContact({ name: key === 'name' ? contactCells.name : 'x', [key]: contactCells[key] }, '', {
            requirePhone: false,
            partial: false,
          })[key],
        null,
      );
      (contact as Record<string, unknown>)[key] = cleaned ?? (key === 'name' ? '' : null);
    }
    if (!contact.mobile && !contact.phone && !errors.some((e) => e.column === '手机' || e.column === '电话')) {
      errors.push({ column: '手机', message: '联系人手机或电话至少填写一个' });
    }
    contact.birthday =
      attempt('contact.birthday', () => notFuture('birthday', cellDate(raw('contact.birthday'), '生日'), today, '生日'), null) ?? null;

    const customFields: Record<string, unknown> = {};
    for (const def of defs) {
      const key = `cf:${def.key}`;
      const cell = raw(key);
      const value = attempt(
        key,
        () => {
          const t = cellText(cell);
          if (t === '') return null;
          if (def.kind === 'NUMBER') {
            const n = typeof cell === 'number' ? cell : Number(t.replace(/,/g, ''));
            if (!Number.isFinite(n)) throw badInput(def.label, msg('imports.customFieldNumber', { label: def.label }));
            return n;
          }
          if (def.kind === 'DATE') return cellDate(cell, def.label);
          if (def.kind === 'MULTI_SELECT') return splitList(t);
          return t;
        },
        null,
      );
      attempt(key, () => Object.assign(customFields, applyCustomFieldValues([def], {}, { [def.key]: value }, 'customFields')), null);
    }

    const data: CustomerRowData = {
      number: txt('number').toUpperCase() || null,
      name,
      nameKey,
      type: type ?? 'PROSPECT',
      grade: grade ?? 'POTENTIAL',
      gradePinned: !!grade,
      source: fields.source ?? null,
      industry: fields.industry ?? null,
      province: fields.province ?? null,
      city: fields.city ?? null,
      address: fields.address ?? null,
      email: fields.email ?? null,
      website: fields.website ?? null,
      firstContactDate,
      remark: fields.remark ?? null,
      tags,
      customFields,
      filled,
      contact,
    };
    return { rowNumber, data, errors, duplicates: [], allowedChoices: [] };
  });
}

/**
 * Duplicates of valid rows, by the rules createCustomer enforces (customers/customer.duplicates.ts: the same
 * normalised name, or a contact with the same phone), checked set-based — two statements for the whole file
 * instead of one per row — and within the file (a later row repeating an earlier one's name or phone).
 * A database duplicate may be updated when it is a single customer in the importer's edit scope; importing
 * it anyway is not allowed (two live customers never share a name or phone). A repeat within the file can
 * only be skipped.
 */
export async function findCustomerDuplicates(em: EntityManager, user: Pick<User, 'id' | 'role'>, rows: ValidatedRow[]): Promise<void> {
  const valid = rows.filter((r) => !r.errors.length) as (ValidatedRow & { data: CustomerRowData })[];
  const phonesOf = (d: CustomerRowData) => [d.contact.mobile, d.contact.phone].filter((p): p is string => !!p);
  const keys = [...new Set(valid.map((r) => r.data.nameKey))];
  const phones = [...new Set(valid.flatMap((r) => phonesOf(r.data)))];
  const numbers = [...new Set(valid.map((r) => r.data.number).filter((n): n is string => !!n))];
  const params = new SqlParams();
  const editable = editableCustomerSql(user, 'c', params);
  const pk = params.p(keys);
  const pp = params.p(phones);
  const pn = params.p(numbers);
  // One row per match: by name (phone and number null), by a contact's phone, or by 客户编号 (number set).
  const found: {
    id: string;
    name: string;
    name_key: string;
    owner_name: string | null;
    phone: string | null;
    number: string | null;
    editable: boolean;
  }[] =
    keys.length || phones.length || numbers.length
      ? await em.query(
          `SELECT c.id, c.name, c.name_key, u.name AS owner_name, NULL::text AS phone, NULL::text AS number, (${editable}) AS editable
           FROM customers c LEFT JOIN users u ON u.id = c.owner_id
          WHERE c.deleted_at IS NULL AND c.name_key IN (SELECT unnest(${pk}::text[]))
         UNION ALL
         SELECT c.id, c.name, c.name_key, u.name, NULL, c.number, (${editable})
           FROM customers c LEFT JOIN users u ON u.id = c.owner_id
          WHERE c.deleted_at IS NULL AND c.number IN (SELECT unnest(${pn}::text[]))
         UNION ALL
         SELECT c.id, c.name, c.name_key, u.name, p.phone, NULL, (${editable})
           FROM (SELECT k.customer_id, k.mobile AS phone FROM unnest(${pp}::text[]) q(v) JOIN contacts k ON k.mobile = q.v
                 UNION SELECT k.customer_id, k.phone FROM unnest(${pp}::text[]) q(v) JOIN contacts k ON k.phone = q.v) p
           JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
           LEFT JOIN users u ON u.id = c.owner_id`,
          params.values,
        )
      : [];
  const byKey = new Map<string, typeof found>();
  const byPhone = new Map<string, typeof found>();
  const byNumber = new Map<string, (typeof found)[number]>();
  for (const f of found) {
    if (f.number) {
      byNumber.set(f.number, f);
      continue;
    }
    const map = f.phone ? byPhone : byKey;
    const k = f.phone ?? f.name_key;
    map.set(k, [...(map.get(k) ?? []), f]);
  }

  const firstByKey = new Map<string, ValidatedRow & { data: CustomerRowData }>();
  const firstByPhone = new Map<string, ValidatedRow & { data: CustomerRowData }>();
  for (const row of valid) {
    const dups: DuplicateInfo[] = [];
    const seen = new Set<string>();
    const addDb = (f: (typeof found)[number], reason: DuplicateInfo['reason']) => {
      if (seen.has(f.id)) return;
      seen.add(f.id);
      dups.push({
        source: 'DATABASE',
        reason,
        customerId: f.id,
        name: f.name,
        ownerName: f.owner_name,
        rowNumber: null,
        canUpdate: f.editable,
      });
    };
    if (row.data.number) {
      // A number names the customer to update; one that matches nobody is a mistake, not a new customer.
      const f = byNumber.get(row.data.number);
      if (!f) {
        row.errors.push({ column: '客户编号', message: `找不到客户编号 ${row.data.number}；新客户请留空客户编号` });
        continue;
      }
      addDb(f, 'SAME_NUMBER');
    }
    for (const f of byKey.get(row.data.nameKey) ?? []) addDb(f, 'SAME_NAME');
    for (const p of phonesOf(row.data)) for (const f of byPhone.get(p) ?? []) addDb(f, 'SAME_PHONE');

    const earlierByName = firstByKey.get(row.data.nameKey);
    const earlierByPhone = phonesOf(row.data)
      .map((p) => firstByPhone.get(p))
      .find(Boolean);
    const earlier = earlierByName ?? earlierByPhone;
    if (earlier) {
      dups.push({
        source: 'FILE',
        reason: earlierByName ? 'SAME_NAME' : 'SAME_PHONE',
        customerId: null,
        name: earlier.data.name,
        ownerName: null,
        rowNumber: earlier.rowNumber,
        canUpdate: false,
      });
    } else {
      firstByKey.set(row.data.nameKey, row);
      for (const p of phonesOf(row.data)) if (!firstByPhone.has(p)) firstByPhone.set(p, row);
    }
    row.duplicates = dups;
    row.allowedChoices = allowedChoicesOf(dups, 'CUSTOMERS');
  }
}

/**
 * SKIP always. Customers: UPDATE when the row matches exactly one existing customer you may edit and repeats no
 * earlier row. Follow-ups may repeat: IMPORT anyway. Contacts: a phone belongs to one contact, so only SKIP.
 */
export function allowedChoicesOf(dups: DuplicateInfo[], kind: ImportKind): ImportChoice[] {
  if (!dups.length) return [];
  if (kind === 'FOLLOW_UPS') return ['SKIP', 'IMPORT'];
  if (kind === 'CONTACTS') return ['SKIP'];
  const db = dups.filter((d) => d.source === 'DATABASE');
  const canUpdate = !dups.some((d) => d.source === 'FILE') && db.length === 1 && db[0].canUpdate;
  return canUpdate ? ['SKIP', 'UPDATE'] : ['SKIP'];
}
