import { PASSWORD_RULES, validatePassword } from './password-policy';

const codes = (pw: string) => validatePassword(pw).map((i) => i.code);

describe('validatePassword', () => {
  it('accepts a password meeting every rule', () => {
    expect(validatePassword('abc123!@')).toEqual([]);
    expect(validatePassword('Passw0rd#')).toEqual([]);
    expect(validatePassword('中文密码abc1')).toEqual([]); // CJK characters count as special
  });

  it('lists every unmet rule with a code and a Chinese message', () => {
    expect(codes('')).toEqual(['TOO_SHORT', 'NO_LETTER', 'NO_DIGIT', 'NO_SPECIAL']);
    expect(codes('abcdefgh')).toEqual(['NO_DIGIT', 'NO_SPECIAL']);
    expect(codes('12345678')).toEqual(['NO_LETTER', 'NO_SPECIAL']);
    expect(codes('abcd1234')).toEqual(['NO_SPECIAL']);
    expect(codes('a1!')).toEqual(['TOO_SHORT']);
    expect(validatePassword('abcd1234')[0].message).toBe('密码必须包含特殊字符（如 !@#$%）');
  });

  it('does not count whitespace as special', () => {
    expect(codes('abcd 1234')).toEqual(['NO_SPECIAL']);
  });

  it('bounds the length at 8..128 characters', () => {
    expect(codes('a1!' + 'x'.repeat(5))).toEqual([]); // 8
    expect(codes('a1!' + 'x'.repeat(4))).toEqual(['TOO_SHORT']); // 7
    expect(codes('a1!' + 'x'.repeat(125))).toEqual([]); // 128
    expect(codes('a1!' + 'x'.repeat(126))).toEqual(['TOO_LONG']); // 129
    expect(codes('a1' + '密'.repeat(6))).toEqual([]); // 8 characters, more UTF-16 units
  });

  it('returns copies, so callers cannot alter the rule list', () => {
    validatePassword('')[0].message = 'changed';
    expect(PASSWORD_RULES[0].message).not.toBe('changed');
  });
});
