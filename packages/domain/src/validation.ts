/** An input problem tied to the field that caused it (the API names the field in BAD_USER_INPUT). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Length in Unicode code points, the way PostgreSQL's varchar(n) counts characters. String#length counts
 * UTF-16 units and would count a rare CJK character (outside the BMP) or an emoji twice.
 */
export function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * Bidirectional control characters (LRE/RLE/PDF/LRO/RLO U+202A–U+202E, the isolates U+2066–U+2069, and the
 * LRM/RLM marks U+200E/U+200F). Nobody types them into a Chinese company or person name; an RLO in a name makes
 * "公司txt.exe" display as something else, in lists, exports and notifications alike.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;

/** The text without bidirectional control characters (see BIDI_CONTROLS). */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Null when a value is present; otherwise "客户名称不能为空". Whitespace-only strings and empty arrays
 * count as missing. `label` is the Chinese field name used in the message (defaults to `field`).
 */
export function required(field: string, value: unknown, label: string = field): FieldError | null {
  return isBlank(value) ? { field, message: `${label}不能为空` } : null;
}

export interface LengthOptions {
  min?: number;
  max?: number;
  /** Chinese field name for the message; defaults to `field`. */
  label?: string;
}

/**
 * Checks the length in characters (code points) of a string that is present. null/undefined pass: combine
 * with `required` for mandatory fields. The value is measured as given; trim it first if you store it trimmed.
 */
export function checkLength(field: string, value: string | null | undefined, opts: LengthOptions): FieldError | null {
  if (value === null || value === undefined) return null;
  const label = opts.label ?? field;
  const n = charLength(value);
  if (opts.min !== undefined && n < opts.min) return { field, message: `${label}不能少于 ${opts.min} 个字符` };
  if (opts.max !== undefined && n > opts.max) return { field, message: `${label}不能超过 ${opts.max} 个字符` };
  return null;
}

/** Keeps the actual errors from a list of checks, so callers can write `collectErrors(required(..), checkLength(..))`. */
export function collectErrors(...checks: (FieldError | null | undefined | FieldError[])[]): FieldError[] {
  const out: FieldError[] = [];
  for (const c of checks) {
    if (!c) continue;
    if (Array.isArray(c)) out.push(...c);
    else out.push(c);
  }
  return out;
}
