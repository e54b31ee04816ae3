import { badInput } from '../../graphql/errors';
import type { CustomField } from './custom-field.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one value against its field definition; returns the value to store. */
function checkValue(def: CustomField, value: unknown, field: string): unknown {
  const label = `自定义字段「${def.label}」`;
  switch (def.kind) {
    case 'TEXT':
      if (typeof value !== 'string') throw badInput(field, `${label}应为文本 (${def.key} must be text)`);
      if ([...value].length > 500) throw badInput(field, `${label}不能超过 500 个字符`);
      return value.trim();
    case 'NUMBER':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(field, `${label}应为数字 (${def.key} must be a number)`);
      return value;
    case 'DATE':
      if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw badInput(field, `${label}应为日期 YYYY-MM-DD (${def.key} must be a date)`);
      }
      return value;
    case 'SELECT':
      if (typeof value !== 'string' || !def.options.includes(value)) {
        throw badInput(field, `${label}只能是 ${def.options.join(' / ')} 之一 (${def.key} must be one of the options)`);
      }
      return value;
    case 'MULTI_SELECT': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !def.options.includes(v))) {
        throw badInput(field, `${label}只能从 ${def.options.join(' / ')} 中选择 (${def.key} must be a list of options)`);
      }
      return [...new Set(value as string[])];
    }
  }
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Merges `changes` into `current` custom field values, validating each against the definitions.
 * Unknown keys are refused; null removes a value; required fields must have a value in the result.
 */
export function applyCustomFieldValues(
  defs: CustomField[],
  current: Record<string, unknown>,
  changes: Record<string, unknown> | null | undefined,
  fieldPath = 'input.customFields',
): Record<string, unknown> {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const result: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(current)) if (byKey.has(k)) result[k] = v;
  for (const [key, value] of Object.entries(changes ?? {})) {
    const def = byKey.get(key);
    if (!def) throw badInput(`${fieldPath}.${key}`, `没有名为 ${key} 的自定义字段 (unknown custom field)`);
    if (isEmpty(value)) delete result[key];
    else result[key] = checkValue(def, value, `${fieldPath}.${key}`);
  }
  for (const def of defs) {
    if (def.required && isEmpty(result[def.key])) {
      throw badInput(`${fieldPath}.${def.key}`, `自定义字段「${def.label}」为必填项 (${def.key} is required)`);
    }
  }
  return result;
}
