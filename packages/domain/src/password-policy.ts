/**
 * Password policy from the source documents (密码需包含字母、数字及特殊字符，长度不少于 8 位), plus an upper
 * bound of 128 characters so hashing cost stays bounded. "Letter" means an ASCII letter A-Z/a-z; "special"
 * is any character that is neither an ASCII letter nor a digit nor whitespace (!@#¥… and also CJK
 * characters). Lengths count characters (code points). The API hashes with scrypt, which reads the whole password
 * (the 128 cap bounds that work); legacy bcrypt hashes, which read only 72 bytes, are never checked against a longer one.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRuleCode = 'TOO_SHORT' | 'TOO_LONG' | 'NO_LETTER' | 'NO_DIGIT' | 'NO_SPECIAL';

export interface PasswordIssue {
  code: PasswordRuleCode;
  message: string;
}
/** Same as PasswordIssue (the name the API used first). */
export type PasswordProblem = PasswordIssue;

/** Every rule with its message, in display order (for a checklist under the password field). */
export const PASSWORD_RULES: readonly PasswordIssue[] = [
  { code: 'TOO_SHORT', message: `密码长度不能少于 ${PASSWORD_MIN_LENGTH} 位` },
  { code: 'TOO_LONG', message: `密码长度不能超过 ${PASSWORD_MAX_LENGTH} 位` },
  { code: 'NO_LETTER', message: '密码必须包含字母' },
  { code: 'NO_DIGIT', message: '密码必须包含数字' },
  { code: 'NO_SPECIAL', message: '密码必须包含特殊字符（如 !@#$%）' },
];

const CHECKS: Record<PasswordRuleCode, (pw: string, length: number) => boolean> = {
  TOO_SHORT: (_, n) => n >= PASSWORD_MIN_LENGTH,
  TOO_LONG: (_, n) => n <= PASSWORD_MAX_LENGTH,
  NO_LETTER: (pw) => /[A-Za-z]/.test(pw),
  NO_DIGIT: (pw) => /[0-9]/.test(pw),
  NO_SPECIAL: (pw) => /[^A-Za-z0-9\s]/.test(pw),
};

/** The rules the password breaks, in PASSWORD_RULES order; an empty array means it is acceptable. */
export function validatePassword(password: string): PasswordIssue[] {
  const pw = typeof password === 'string' ? password : '';
  const length = [...pw].length;
  return PASSWORD_RULES.filter((rule) => !CHECKS[rule.code](pw, length)).map((rule) => ({ ...rule }));
}
