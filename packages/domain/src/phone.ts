/**
 * Chinese phone numbers. Accepted kinds:
 * - MOBILE: 1[3-9] + 9 digits, optionally written with +86 / 0086 / 86 in front;
 * - LANDLINE: area code 0xx or 0xxx + 7-8 digits (010-12345678, 0755 1234 5678, (021)12345678), with an
 *   optional extension written "-1234", "转1234", "分机1234", "ext 1234", "x1234" or "#1234" (1-6 digits);
 *   "+86 10 12345678" is read as 010-12345678;
 * - SERVICE: 400 / 800 numbers, 400-xxx-xxxx.
 * Spaces (incl. full-width), dashes of any kind, dots and brackets are ignored.
 *
 * Canonical (stored) form from normalizePhone: digits only ("13812345678", "01012345678", "4001234567"),
 * with "-" + extension for landlines that have one ("01012345678-1234"). Canonical forms are what search
 * and duplicate checks compare.
 */

export type PhoneKind = 'MOBILE' | 'LANDLINE' | 'SERVICE';

export interface ParsedPhone {
  kind: PhoneKind;
  /** The number without country prefix or separators: "13812345678", "01012345678", "4001234567". */
  number: string;
  /** Landline extension digits, when written. */
  extension?: string;
}

const MOBILE_RE = /^1[3-9]\d{9}$/;
const LANDLINE_RE = /^0[1-9]\d{8,10}$/; // 0 + 2-3 digit area code + 7-8 digit number = 10..12 digits
const SERVICE_RE = /^[48]00\d{7}$/;
const EXPLICIT_EXT_RE = /^(.*?)(?:转|分机|ext\.?|x|#|,)(\d{1,6})$/i;
const DASH_EXT_RE = /^(0\d{2,3}-?\d{7,8})-(\d{1,6})$/;

/** NFKC (full-width digits and brackets), drop spaces/brackets/dots, unify every dash to "-". */
function clean(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s()[\]{}.\u3000（）]/g, '')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Removes a +86 / 0086 country code; a landline written after it gets its trunk 0 back. */
function stripCountryCode(s: string): string {
  const m = /^(?:\+86|0086)-?(.*)$/.exec(s);
  if (m) {
    const rest = m[1];
    const digits = rest.replace(/-/g, '');
    if (MOBILE_RE.test(digits) || /^[48]00/.test(digits) || rest.startsWith('0')) return rest;
    return '0' + rest;
  }
  // A bare 86 only in front of a complete mobile number (8613812345678), where it cannot mean anything else.
  const digits = s.replace(/-/g, '');
  if (/^861[3-9]\d{9}$/.test(digits)) return digits.slice(2);
  return s;
}

/** The kind, number and extension of a phone number, or null when it is not a valid Chinese number. */
export function parsePhone(input: string): ParsedPhone | null {
  if (typeof input !== 'string') return null;
  const s = stripCountryCode(clean(input));
  if (!s) return null;

  let main = s;
  let extension: string | undefined;
  const explicit = EXPLICIT_EXT_RE.exec(s);
  if (explicit) {
    main = explicit[1].replace(/-$/, '');
    extension = explicit[2];
  } else {
    const dashed = DASH_EXT_RE.exec(s);
    if (dashed) {
      main = dashed[1];
      extension = dashed[2];
    }
  }
  const digits = main.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (extension === undefined && MOBILE_RE.test(digits)) return { kind: 'MOBILE', number: digits };
  if (extension === undefined && SERVICE_RE.test(digits)) return { kind: 'SERVICE', number: digits };
  if (LANDLINE_RE.test(digits))
    return extension === undefined ? { kind: 'LANDLINE', number: digits } : { kind: 'LANDLINE', number: digits, extension };
  return null;
}

/**
 * The canonical form of a phone number (see the module comment). Invalid input is returned cleaned
 * (separators removed, +86 dropped) rather than rejected: validate with validatePhone first.
 */
export function normalizePhone(input: string): string {
  const p = parsePhone(input);
  if (p) return p.extension ? `${p.number}-${p.extension}` : p.number;
  return stripCountryCode(clean(String(input ?? ''))).replace(/-/g, '');
}

/** True for a valid mobile number in any accepted spelling ("+86 138-1234-5678"). */
export function isMobile(input: string): boolean {
  return parsePhone(input)?.kind === 'MOBILE';
}

/**
 * Null for a valid mobile, landline (with area code, optional extension) or 400/800 number; otherwise a
 * Chinese message. Blank input is an error: skip the call for optional fields that are empty.
 */
export function validatePhone(input: string): string | null {
  if (typeof input !== 'string' || input.trim() === '') return '电话号码不能为空';
  if (parsePhone(input)) return null;
  const digits = normalizePhone(input).replace(/\D/g, '');
  // A local number without area code starts with 2-9; anything else starting with 1 was meant as a mobile.
  if (/^[2-9]\d{6,7}$/.test(digits)) return '固定电话请填写区号，例如 010-12345678';
  if (/^1/.test(digits)) return '手机号码格式不正确，应为以 1 开头的 11 位数字';
  return '电话号码格式不正确，请填写手机号、带区号的固定电话（如 010-12345678 转 123）或 400/800 电话';
}

/** Like validatePhone, but only a mobile number is accepted (contacts' 手机 field). */
export function validateMobile(input: string): string | null {
  if (typeof input !== 'string' || input.trim() === '') return '手机号码不能为空';
  const p = parsePhone(input);
  if (p?.kind === 'MOBILE') return null;
  return p ? '请填写手机号码（以 1 开头的 11 位数字）' : '手机号码格式不正确，应为以 1 开头的 11 位数字';
}
