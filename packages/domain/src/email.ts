/**
 * Pragmatic e-mail validation: what a sales team types and a mail server accepts, not all of RFC 5322.
 * Local part: ASCII letters, digits and !#$%&'*+/=?^_`{|}~.- (no leading, trailing or doubled dot), at most
 * 64 characters. Domain: at least two dot-separated labels of letters (Unicode allowed, e.g. 例子.中国),
 * digits and inner hyphens, each at most 63 characters; the last label is not all digits. Whole address
 * at most 254 characters. Quoted local parts and IP-literal domains are refused on purpose.
 */

export const EMAIL_MAX_LENGTH = 254;

const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL_RE = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Null for a usable address, otherwise a Chinese message. Surrounding whitespace is ignored (store normalizeEmail). */
export function validateEmail(raw: string): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return '邮箱不能为空';
  const input = raw.trim();
  if ([...input].length > EMAIL_MAX_LENGTH) return `邮箱长度不能超过 ${EMAIL_MAX_LENGTH} 个字符`;
  const at = input.lastIndexOf('@');
  if (at <= 0 || at === input.length - 1) return '邮箱格式不正确，例如 name@example.com';
  const local = input.slice(0, at);
  const domain = input.slice(at + 1);
  if (local.length > 64 || !LOCAL_RE.test(local)) return '邮箱格式不正确，例如 name@example.com';
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL_RE.test(label)) || /^\d+$/.test(labels[labels.length - 1])) {
    return '邮箱域名不正确，例如 name@example.com';
  }
  return null;
}

/** The form to store and compare: trimmed, lower-cased (mailboxes are case-insensitive in practice). */
export function normalizeEmail(input: string): string {
  return input.trim().toLowerCase();
}
