import type { SqlParams } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { badInput, msg } from '../../graphql/errors';
import type { CustomFieldKind } from '../custom-fields/custom-field.entity';
import type { CustomerFilter, CustomFieldCondition } from './customer.inputs';

/**
 * The customer list's filter by custom field (CustomerFilter.customFields). Conditions are checked against the
 * admin's field definitions (checkCustomerFilter, async: it reads them) and then become SQL the GIN index on
 * customers.custom_fields answers (migration custom-field-values-index):
 * - a value or an option: `custom_fields @> {"key": value}` (a multi-select holds it: `{"key": [option]}`),
 *   "any of" as an OR of those;
 * - a number or date range, or text containing: `custom_fields ? key` (the index) and the comparison on the value.
 */

export const MAX_CONDITIONS = 10;
const MAX_IN = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d{1,15}(\.\d{1,6})?$/;

type Checked =
  | { key: string; op: 'contains'; pattern: string }
  | { key: string; op: 'holds'; docs: string[] }
  | { key: string; op: 'range'; kind: 'NUMBER' | 'DATE'; from: string | null; to: string | null };

/** Checked conditions of filter objects returned by checkCustomerFilter (the GraphQL input carries no kinds). */
const CHECKED = new WeakMap<object, Checked[]>();

interface Def {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options: string[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

function checkOne(def: Def | undefined, c: CustomFieldCondition, path: string): Checked {
  if (!def) throw badInput(`${path}.key`, msg('customers.unknownCustomField', { key: c.key }));
  const label = `自定义字段「${def.label}」`;
  const given = {
    equals: !blank(c.equals),
    in: !!c.in?.length,
    contains: !blank(c.contains),
    range: !blank(c.from) || !blank(c.to),
  };
  const ops = (Object.keys(given) as (keyof typeof given)[]).filter((k) => given[k]);
  if (ops.length !== 1) {
    throw badInput(path, msg('customers.customFieldOneCondition', { label }));
  }
  const op = ops[0];
  const allowed: Record<CustomFieldKind, (keyof typeof given)[]> = {
    TEXT: ['equals', 'contains'],
    NUMBER: ['equals', 'range'],
    DATE: ['equals', 'range'],
    SELECT: ['equals', 'in'],
    MULTI_SELECT: ['equals', 'in'],
  };
  if (!allowed[def.kind].includes(op)) {
    const field = op === 'range' ? (blank(c.from) ? 'to' : 'from') : op;
    throw badInput(
      `${path}.${field}`,
      msg('customers.customFieldOpNotApplicable', {
        label,
        opZh: { equals: '等于', in: '任一', contains: '包含', range: '范围' }[op],
        opEn: { equals: 'equals', in: 'any of', contains: 'contains', range: 'a range' }[op],
      }),
    );
  }
  const doc = (value: unknown) => JSON.stringify({ [def.key]: value });

  switch (def.kind) {
    case 'TEXT':
      if (op === 'contains') {
        const text = c.contains!.trim();
        if ([...text].length > 100) throw badInput(`${path}.contains`, msg('customers.customFieldContainsTooLong', { label }));
        return { key: def.key, op: 'contains', pattern: `%${escapeLike(text)}%` };
      }
      return { key: def.key, op: 'holds', docs: [doc(c.equals!.trim())] };
    case 'NUMBER':
    case 'DATE': {
      const check = (field: 'equals' | 'from' | 'to') => {
        const v = c[field]?.trim();
        if (!v) return null;
        if (def.kind === 'NUMBER' && !NUMBER.test(v))
          throw badInput(`${path}.${field}`, msg('customers.customFieldNumberExpected', { label }));
        if (
          def.kind === 'DATE' &&
          (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
        ) {
          throw badInput(`${path}.${field}`, msg('customers.customFieldDateExpected', { label }));
        }
        return v;
      };
      if (op === 'equals') {
        const v = check('equals')!;
        // A number is stored as a JSON number: containment compares numerically (12.50 finds 12.5).
        return { key: def.key, op: 'holds', docs: [def.kind === 'NUMBER' ? `{${JSON.stringify(def.key)}:${v}}` : doc(v)] };
      }
      const from = check('from');
      const to = check('to');
      const before = def.kind === 'NUMBER' ? Number(from) > Number(to) : from! > to!;
      if (from !== null && to !== null && before) throw badInput(`${path}.to`, msg('customers.fromAfter', { label }));
      return { key: def.key, op: 'range', kind: def.kind, from, to };
    }
    case 'SELECT':
    case 'MULTI_SELECT': {
      const values = op === 'equals' ? [c.equals!.trim()] : [...new Set(c.in!.map((v) => v.trim()))];
      if (values.length > MAX_IN) throw badInput(`${path}.in`, msg('customers.customFieldTooManyOptions', { label, maxIn: MAX_IN }));
      const wrong = values.find((v) => !def.options.includes(v));
      if (wrong !== undefined) {
        throw badInput(`${path}.${op}`, msg('customers.customFieldNotAnOption', { label, wrong, options: def.options.join(' / ') }));
      }
      return { key: def.key, op: 'holds', docs: values.map((v) => doc(def.kind === 'MULTI_SELECT' ? [v] : v)) };
    }
  }
}

/**
 * Checks a list filter's custom field conditions against the defined fields and returns the filter to pass to
 * customerListWhere (the same object when there are none). BAD_USER_INPUT names the condition and the field.
 */
export async function checkCustomerFilter<F extends CustomerFilter | null | undefined>(ctx: Context, filter: F): Promise<F> {
  const conditions = filter?.customFields;
  if (!filter || !conditions?.length) return filter;
  if (conditions.length > MAX_CONDITIONS)
    throw badInput('filter.customFields', msg('customers.mostConditions', { maxConditions: MAX_CONDITIONS }));
  const defs: Def[] = await ctx.dataSource.query(`SELECT key, label, kind, options FROM custom_fields WHERE key = ANY($1::text[])`, [
    conditions.map((c) => c.key),
  ]);
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const checked = conditions.map((c, i) => checkOne(byKey.get(c.key), c, `filter.customFields.${i}`));
  const out = { ...filter };
  CHECKED.set(out, checked);
  return out;
}

/** SQL conditions (alias c) of a filter's custom field conditions; the filter must come from checkCustomerFilter. */
export function customFieldPredicates(filter: CustomerFilter, params: SqlParams): string[] {
  if (!filter.customFields?.length) return [];
  const checked = CHECKED.get(filter);
  if (!checked) throw new Error('customer filter with custom field conditions used without checkCustomerFilter');
  return checked.map((c) => {
    if (c.op === 'holds') return `(${c.docs.map((d) => `c.custom_fields @> ${params.p(d)}::jsonb`).join(' OR ')})`;
    const key = params.p(c.key);
    const has = `c.custom_fields ? ${key}`;
    if (c.op === 'contains') return `(${has} AND (c.custom_fields ->> ${key}) ILIKE ${params.p(c.pattern)})`;
    // A value of another type (there is none: values are checked on write) compares as NULL, never as an error.
    const value =
      c.kind === 'NUMBER'
        ? `(CASE WHEN jsonb_typeof(c.custom_fields -> ${key}) = 'number' THEN (c.custom_fields ->> ${key})::numeric END)`
        : `((c.custom_fields ->> ${key}) COLLATE "C")`;
    const cast = c.kind === 'NUMBER' ? '::numeric' : '::text';
    const parts = [has];
    if (c.from !== null) parts.push(`${value} >= ${params.p(c.from)}${cast}`);
    if (c.to !== null) parts.push(`${value} <= ${params.p(c.to)}${cast}`);
    return `(${parts.join(' AND ')})`;
  });
}
