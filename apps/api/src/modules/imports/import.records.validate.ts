import type { EntityManager } from 'typeorm';
import { isValidDateString, labelParam, normalizeCompanyName, startOfBusinessDay } from '@kehu/domain';
import { SqlParams } from '../../db/sql';
import { badInput, msg } from '../../graphql/errors';
import { editableCustomerSql } from '../access/customer-scope';
import { cleanContact, text } from '../customers/customer.validation';
import type { User } from '../users/user.entity';
import { METHOD_LABELS, type ImportColumn } from './import.columns';
import {
  cellDate,
  cellText,
  chinese,
  mapHeaders,
  type CellError,
  type DuplicateInfo,
  type ValidatedRow,
} from './import.customers.validate';
import type { CellValue, ParsedSheet } from './import.parse';

/** A contact row as it will be written (customerId resolved from the customer name). */
export interface ContactRowData {
  customerNumber: string | null;
  customerName: string;
  customerId: string | null;
  name: string;
  title: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  birthday: string | null;
  remark: string | null;
}

/** A follow-up row as it will be written; times are ISO instants. */
export interface FollowUpRowData {
  customerNumber: string | null;
  customerName: string;
  customerId: string | null;
  at: string | null;
  method: string | null;
  subject: string | null;
  content: string;
  feedback: string | null;
  nextAt: string | null;
  nextPlan: string | null;
}

const METHODS = ['PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'OTHER'];
/** A follow-up may be dated a few minutes ahead (clock skew), as in follow-up.service.ts. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A point in time from an Excel date cell (its wall-clock fields, read as UTC by exceljs, are business time)
 * or text like 2026-03-05 14:30 / 2026/3/5 9:05, in the business time zone; to the minute.
 */
export function cellDateTime(v: CellValue, label: string, timeZone: string): Date | null {
  if (v === null || v === '') return null;
  let date: string;
  let h = 0;
  let min = 0;
  if (v instanceof Date) {
    date = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    h = v.getUTCHours();
    min = v.getUTCMinutes();
  } else {
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?)?$/.exec(
      String(v).trim(),
    );
    date = m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : '';
    if (!m || !isValidDateString(date) || Number(m[4] ?? 0) > 23)
      throw badInput(label, msg('imports.notDateTime', { label: labelParam(label) }));
    h = Number(m[4] ?? 0);
    min = Number(m[5] ?? 0);
  }
  return new Date(startOfBusinessDay(date, timeZone).getTime() + (h * 60 + min) * 60_000);
}

/** Shared row loop: each cell's problem is collected under its column's label. */
function eachRow<T>(
  sheet: ParsedSheet,
  columns: ImportColumn[],
  read: (cell: (key: string) => CellValue, attempt: <V>(key: string, fn: () => V, fallback: V) => V, errors: CellError[]) => T,
): ValidatedRow[] {
  const at = mapHeaders(sheet.headers, columns);
  const labelOf = new Map(columns.map((c) => [c.key, c.label]));
  return sheet.rows.map(({ rowNumber, cells, problems = [] }) => {
    const errors: CellError[] = [...problems];
    const cell = (key: string): CellValue => (at.has(key) ? (cells[at.get(key)!] ?? null) : null);
    const attempt = <V>(key: string, fn: () => V, fallback: V): V => {
      try {
        return fn();
      } catch (err) {
        errors.push({ column: labelOf.get(key) ?? '', message: chinese((err as Error).message) });
        return fallback;
      }
    };
    const data = read(cell, attempt, errors) as unknown as Record<string, unknown>;
    return { rowNumber, data, errors, duplicates: [], allowedChoices: [] };
  });
}

const customerNumber = (cell: (key: string) => CellValue, attempt: <V>(key: string, fn: () => V, fallback: V) => V) =>
  attempt('customerNumber', () => text('customerNumber', cellText(cell('customerNumber')), { max: 40, label: '客户编号' }), null) ?? null;

/** The customer's name; required unless the row gives the customer's number. */
const customerName = (cell: (key: string) => CellValue, attempt: <V>(key: string, fn: () => V, fallback: V) => V) =>
  attempt(
    'customerName',
    () =>
      text('customerName', cellText(cell('customerName')), { max: 100, label: '客户名称', required: !cellText(cell('customerNumber')) }),
    null,
  ) ?? '';

export function validateContactRows(sheet: ParsedSheet, columns: ImportColumn[], today: string): ValidatedRow[] {
  return eachRow(sheet, columns, (cell, attempt) => {
    const data: ContactRowData = {
      customerNumber: customerNumber(cell, attempt),
      customerName: customerName(cell, attempt),
      customerId: null,
      name: '',
      title: null,
      mobile: null,
      phone: null,
      email: null,
      birthday: null,
      remark: null,
    };
    for (const key of ['name', 'title', 'mobile', 'phone', 'email', 'remark'] as const) {
      const value = cellText(cell(key));
      const cleaned = attempt(
        key,
        () => cleanContact({ name: key === 'name' ? value : 'x', [key]: value }, '', { requirePhone: false, partial: false })[key],
        null,
      );
      (data as unknown as Record<string, unknown>)[key] = cleaned ?? (key === 'name' ? '' : null);
    }
    data.birthday = attempt(
      'birthday',
      () => {
        const d = cellDate(cell('birthday'), '生日');
        if (d && d > today) throw badInput('birthday', msg('imports.birthdayInFuture'));
        return d;
      },
      null,
    );
    return data;
  });
}

export function validateFollowUpRows(sheet: ParsedSheet, columns: ImportColumn[], now: Date, timeZone: string): ValidatedRow[] {
  return eachRow(sheet, columns, (cell, attempt, errors) => {
    const at = attempt(
      'at',
      () => {
        const d = cellDateTime(cell('at'), '跟进时间', timeZone);
        if (!d) throw badInput('at', msg('imports.followUpTimeRequired'));
        if (d.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw badInput('at', msg('imports.followUpTimeInFuture'));
        return d;
      },
      null,
    );
    const method = attempt(
      'method',
      () => {
        const v = cellText(cell('method'));
        if (!v) throw badInput('method', msg('imports.followUpMethodRequired'));
        const i = METHOD_LABELS.indexOf(v === '上门拜访' ? '拜访' : v);
        if (i >= 0) return METHODS[i];
        if (METHODS.includes(v.toUpperCase())) return v.toUpperCase();
        throw badInput('method', msg('imports.followUpMethodOneOf', { value: METHOD_LABELS.join(' / ') }));
      },
      null,
    );
    const nextAt = attempt('nextAt', () => cellDateTime(cell('nextAt'), '下次跟进时间', timeZone), null);
    if (at && nextAt && nextAt <= at) errors.push({ column: '下次跟进时间', message: '下次跟进时间必须晚于本次跟进时间' });
    const t = (key: string, label: string, max: number, required = false) =>
      attempt(key, () => text(key, cellText(cell(key)), { max, label, required }), null) ?? null;
    const data: FollowUpRowData = {
      customerNumber: customerNumber(cell, attempt),
      customerName: customerName(cell, attempt),
      customerId: null,
      at: at?.toISOString() ?? null,
      method,
      subject: t('subject', '主题', 100),
      content: t('content', '跟进内容', 5000, true) ?? '',
      feedback: t('feedback', '客户反馈', 5000),
      nextAt: nextAt?.toISOString() ?? null,
      nextPlan: t('nextPlan', '下次跟进计划', 2000),
    };
    return data;
  });
}

/**
 * Finds the customer of each row by its number (客户编号, when the row has one) or else its normalised name, among
 * the customers the importer may edit; a row whose customer is unknown (or not theirs to change) gets an error on
 * the column that named it. One statement.
 */
export async function resolveCustomers(em: EntityManager, user: Pick<User, 'id' | 'role'>, rows: ValidatedRow[]): Promise<void> {
  type RowCustomer = { customerNumber?: string | null; customerName?: string; customerId: string | null };
  const valid = rows.filter((r) => (r.data as RowCustomer).customerName || (r.data as RowCustomer).customerNumber);
  const numberOf = (d: RowCustomer) => d.customerNumber?.trim().toUpperCase() || null;
  const numbers = [...new Set(valid.map((r) => numberOf(r.data as RowCustomer)).filter((n): n is string => !!n))];
  const keys = [
    ...new Set(
      valid.filter((r) => !numberOf(r.data as RowCustomer)).map((r) => normalizeCompanyName((r.data as RowCustomer).customerName!)),
    ),
  ];
  if (!keys.length && !numbers.length) return;
  const params = new SqlParams();
  const found: { id: string; name_key: string; number: string; editable: boolean }[] = await em.query(
    `SELECT c.id, c.name_key, upper(c.number) AS number, (${editableCustomerSql(user, 'c', params)}) AS editable
       FROM customers c WHERE c.deleted_at IS NULL
        AND (c.name_key IN (SELECT unnest(${params.p(keys)}::text[])) OR upper(c.number) IN (SELECT unnest(${params.p(numbers)}::text[])))`,
    params.values,
  );
  const byKey = new Map(found.map((f) => [f.name_key, f]));
  const byNumber = new Map(found.map((f) => [f.number, f]));
  for (const row of valid) {
    const data = row.data as RowCustomer;
    const number = numberOf(data);
    const hit = number ? byNumber.get(number) : byKey.get(normalizeCompanyName(data.customerName!));
    const what = number ? `编号 ${data.customerNumber!.trim()}` : `「${data.customerName}」`;
    if (hit?.editable) data.customerId = hit.id;
    else
      row.errors.unshift({
        column: number ? '客户编号' : '客户名称',
        message: hit ? `你无权修改客户${what}` : `找不到客户${what}，请先导入或新建该客户`,
      });
  }
}

/**
 * Contacts: a phone number already used by a contact of a live customer (the rule createContact enforces), or
 * repeated within the file, is a duplicate — it can only be skipped.
 */
export async function findContactDuplicates(em: EntityManager, rows: ValidatedRow[]): Promise<void> {
  const valid = rows.filter((r) => !r.errors.length);
  const phonesOf = (d: ContactRowData) => [d.mobile, d.phone].filter((p): p is string => !!p);
  const phones = [...new Set(valid.flatMap((r) => phonesOf(r.data as unknown as ContactRowData)))];
  const found: { phone: string; id: string; name: string; owner_name: string | null }[] = phones.length
    ? await em.query(
        `SELECT p.phone, c.id, c.name, u.name AS owner_name
           FROM (SELECT k.customer_id, k.mobile AS phone FROM unnest($1::text[]) q(v) JOIN contacts k ON k.mobile = q.v
                 UNION SELECT k.customer_id, k.phone FROM unnest($1::text[]) q(v) JOIN contacts k ON k.phone = q.v) p
           JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL LEFT JOIN users u ON u.id = c.owner_id`,
        [phones],
      )
    : [];
  const byPhone = new Map(found.map((f) => [f.phone, f]));
  const earlier = new Map<string, ValidatedRow>();
  for (const row of valid) {
    const d = row.data as unknown as ContactRowData;
    const dups: DuplicateInfo[] = [];
    for (const p of phonesOf(d)) {
      const f = byPhone.get(p);
      if (f && !dups.some((x) => x.customerId === f.id))
        dups.push({
          source: 'DATABASE',
          reason: 'SAME_PHONE',
          customerId: f.id,
          name: f.name,
          ownerName: f.owner_name,
          rowNumber: null,
          canUpdate: false,
        });
      const e = earlier.get(p);
      if (e && !dups.some((x) => x.rowNumber === e.rowNumber))
        dups.push({
          source: 'FILE',
          reason: 'SAME_PHONE',
          customerId: null,
          name: (e.data as unknown as ContactRowData).name,
          ownerName: null,
          rowNumber: e.rowNumber,
          canUpdate: false,
        });
    }
    for (const p of phonesOf(d)) if (!earlier.has(p)) earlier.set(p, row);
    row.duplicates = dups;
    row.allowedChoices = dups.length ? ['SKIP'] : [];
  }
}

const followUpKey = (d: FollowUpRowData) => `${d.customerId}|${d.at}|${d.content}`;

/**
 * Follow-ups: the same customer, minute and content as a recorded follow-up (a file imported twice) or an
 * earlier row is a duplicate; follow-ups may repeat, so it can be imported anyway.
 */
export async function findFollowUpDuplicates(em: EntityManager, rows: ValidatedRow[]): Promise<void> {
  const valid = rows.filter((r) => !r.errors.length);
  const data = valid.map((r) => r.data as unknown as FollowUpRowData);
  const found: { customer_id: string; at: Date; content: string }[] = data.length
    ? await em.query(
        `SELECT f.customer_id, f.at, f.content FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) q(c, at, content)
           JOIN follow_ups f ON f.customer_id = q.c AND f.at = q.at AND f.content = q.content`,
        [data.map((d) => d.customerId), data.map((d) => d.at), data.map((d) => d.content)],
      )
    : [];
  const inDb = new Set(found.map((f) => `${f.customer_id}|${new Date(f.at).toISOString()}|${f.content}`));
  const earlier = new Map<string, ValidatedRow>();
  for (const row of valid) {
    const d = row.data as unknown as FollowUpRowData;
    const key = followUpKey(d);
    const dups: DuplicateInfo[] = [];
    if (inDb.has(key))
      dups.push({
        source: 'DATABASE',
        reason: 'SAME_FOLLOW_UP',
        customerId: d.customerId,
        name: d.customerName,
        ownerName: null,
        rowNumber: null,
        canUpdate: false,
      });
    const e = earlier.get(key);
    if (e)
      dups.push({
        source: 'FILE',
        reason: 'SAME_FOLLOW_UP',
        customerId: null,
        name: d.customerName,
        ownerName: null,
        rowNumber: e.rowNumber,
        canUpdate: false,
      });
    else earlier.set(key, row);
    row.duplicates = dups;
    row.allowedChoices = dups.length ? ['SKIP', 'IMPORT'] : [];
  }
}
