// Custom field values between the API (Customer.customFields: JSON keyed by field key; dates 'YYYY-MM-DD',
// numbers as numbers, multi-selects as lists) and an antd form (dates as dayjs).
import dayjs, { type Dayjs } from 'dayjs';
import type { CustomFieldKind } from '@/gql/schema';

export interface CustomFieldDef {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options: readonly string[];
  required: boolean;
  position: number;
}

export { customValueText, inFormOrder } from './display';

export type CustomFieldFormValues = Record<string, unknown>;

const isBlank = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** One form value as the API stores it; null when empty. */
export function toApiValue(def: Pick<CustomFieldDef, 'kind'>, v: unknown): unknown {
  if (isBlank(v)) return null;
  switch (def.kind) {
    case 'DATE':
      return dayjs.isDayjs(v) ? (v as Dayjs).format('YYYY-MM-DD') : String(v);
    case 'TEXT':
      return String(v).trim();
    default:
      return v;
  }
}

/** One stored value as the form shows it (a date becomes a dayjs; a value of the wrong shape is left out). */
export function toFormValue(def: Pick<CustomFieldDef, 'kind'>, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  if (def.kind === 'DATE') return typeof v === 'string' && dayjs(v).isValid() ? dayjs(v) : undefined;
  if (def.kind === 'MULTI_SELECT') return Array.isArray(v) ? v : [v];
  return v;
}

export function toFormValues(defs: readonly CustomFieldDef[], stored: Record<string, unknown> | null | undefined): CustomFieldFormValues {
  return Object.fromEntries(defs.map((d) => [d.key, toFormValue(d, stored?.[d.key])]));
}

/** For a new customer: the filled values only, or undefined when none is. */
export function customFieldsInput(
  defs: readonly CustomFieldDef[],
  values: CustomFieldFormValues | undefined,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const d of defs) {
    const v = toApiValue(d, values?.[d.key]);
    if (v !== null) out[d.key] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** For an edit: the values that differ from the stored ones (null removes one), or undefined when none does. */
export function changedCustomFields(
  defs: readonly CustomFieldDef[],
  stored: Record<string, unknown> | null | undefined,
  values: CustomFieldFormValues | undefined,
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const d of defs) {
    const before = toApiValue(d, toFormValue(d, stored?.[d.key]));
    const after = toApiValue(d, values?.[d.key]);
    if (!same(before, after)) out[d.key] = after;
  }
  return Object.keys(out).length ? out : undefined;
}
