import { isMobile, normalizePhone, parsePhone, validateMobile, validatePhone } from './phone';

describe('parsePhone / normalizePhone', () => {
  it.each([
    ['13812345678', '13812345678', 'MOBILE'],
    ['138 1234 5678', '13812345678', 'MOBILE'],
    ['138-1234-5678', '13812345678', 'MOBILE'],
    ['+86 138 1234 5678', '13812345678', 'MOBILE'],
    ['+86-13812345678', '13812345678', 'MOBILE'],
    ['008613812345678', '13812345678', 'MOBILE'],
    ['8613812345678', '13812345678', 'MOBILE'],
    ['(+86) 199 0000 1111', '19900001111', 'MOBILE'],
    ['１３８１２３４５６７８', '13812345678', 'MOBILE'],
    ['010-12345678', '01012345678', 'LANDLINE'],
    ['01012345678', '01012345678', 'LANDLINE'],
    ['(021) 1234 5678', '02112345678', 'LANDLINE'],
    ['（0755）12345678', '075512345678', 'LANDLINE'],
    ['0755-1234-5678', '075512345678', 'LANDLINE'],
    ['0571－8888888', '05718888888', 'LANDLINE'],
    ['+86 10 12345678', '01012345678', 'LANDLINE'],
    ['+86 010 12345678', '01012345678', 'LANDLINE'],
    ['400-123-4567', '4001234567', 'SERVICE'],
    ['800 123 4567', '8001234567', 'SERVICE'],
  ])('%j -> %s (%s)', (input, canonical, kind) => {
    expect(normalizePhone(input)).toBe(canonical);
    expect(parsePhone(input)?.kind).toBe(kind);
  });

  it.each([
    ['010-12345678-1234', '01012345678-1234'],
    ['010-12345678转1234', '01012345678-1234'],
    ['010-12345678 转 1234', '01012345678-1234'],
    ['0755 12345678 分机 88', '075512345678-88'],
    ['021-12345678 ext. 5', '02112345678-5'],
    ['021-12345678 x12', '02112345678-12'],
    ['021-12345678#12', '02112345678-12'],
  ])('keeps the extension of %j', (input, canonical) => {
    expect(normalizePhone(input)).toBe(canonical);
    expect(validatePhone(input)).toBeNull();
    expect(parsePhone(input)?.extension).toBe(canonical.split('-')[1]);
  });

  it('returns invalid input cleaned rather than throwing', () => {
    expect(normalizePhone(' 123-45 ')).toBe('12345');
    expect(parsePhone('123-45')).toBeNull();
  });
});

describe('validatePhone', () => {
  it.each(['13812345678', '+86 138 1234 5678', '010-12345678', '0755-12345678-123', '400-123-4567', '02112345678'])('accepts %j', (s) => {
    expect(validatePhone(s)).toBeNull();
  });

  it.each([
    ['12812345678', /手机号码格式不正确/], // 12x is not a mobile prefix
    ['1381234567', /手机号码格式不正确/], // 10 digits
    ['138123456789', /手机号码格式不正确/], // 12 digits
    ['87654321', /区号/], // local number without area code
    ['abc', /格式不正确/],
    ['0012345678', /格式不正确/],
    ['13812345678转123', /格式不正确/], // mobiles have no extension
    ['400-123-456', /格式不正确/],
    ['010-123456', /格式不正确/],
  ])('rejects %j', (s, message) => {
    expect(validatePhone(s)).toMatch(message);
  });

  it('treats blank as missing', () => {
    expect(validatePhone('')).toBe('电话号码不能为空');
    expect(validatePhone('   ')).toBe('电话号码不能为空');
  });
});

describe('isMobile / validateMobile', () => {
  it('recognises mobiles only', () => {
    expect(isMobile('+86 159 0000 0000')).toBe(true);
    expect(isMobile('010-12345678')).toBe(false);
    expect(isMobile('400-123-4567')).toBe(false);
    expect(isMobile('garbage')).toBe(false);
  });

  it('explains why a number is not a mobile', () => {
    expect(validateMobile('13812345678')).toBeNull();
    expect(validateMobile('010-12345678')).toBe('请填写手机号码（以 1 开头的 11 位数字）');
    expect(validateMobile('1381234')).toMatch(/格式不正确/);
    expect(validateMobile('')).toBe('手机号码不能为空');
  });
});
