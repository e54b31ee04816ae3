import { badInput, msg, P } from '../../graphql/errors';
import type { CustomField } from './custom-field.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one value against its field definition; returns the value to store. */
function checkValue(def: CustomField, value: unknown, field: string): unknown {
  const label = P.text(`自定义字段「${def.label}」`, `Custom field “${def.label}”`);
  switch (def.kind) {
    case 'TEXT':
      if (typeof value !== 'string') throw badInput(field, msg('common.mustBeText', { label }));
      if ([...value].length > 500) throw badInput(field, msg('customFields.textTooLong', { label }));
      return value.trim();
    case 'NUMBER':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw badInput(field, msg('common.mustBeNumber', { label }));
      return value;
    case 'DATE':
      if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw badInput(field, msg('common.mustBeDate', { label }));
      }
      return value;
    case 'SELECT':
      if (typeof value !== 'string' || !def.options.includes(value)) {
        throw badInput(field, msg('common.mustBeOneOf', { label, options: def.options.join(' / ') }));
      }
      return value;
    case 'MULTI_SELECT': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !def.options.includes(v))) {
        throw badInput(field, msg('common.mustBeFromOptions', { label, options: def.options.join(' / ') }));
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
    if (!def) throw badInput(`${fieldPath}.${key}`, msg('customFields.unknownCustomField', { key }));
    if (isEmpty(value)) delete result[key];
    else result[key] = checkValue(def, value, `${fieldPath}.${key}`);
  }
  for (const def of defs) {
    if (def.required && isEmpty(result[def.key])) {
      throw badInput(`${fieldPath}.${def.key}`, msg('common.customFieldRequired', { label: def.label }));
    }
  }
  return result;
}
