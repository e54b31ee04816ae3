import { normalizeEmail, validateEmail } from './email';

describe('validateEmail', () => {
  it.each([
    'a@b.cn',
    'zhang.san@example.com',
    '12345@qq.com',
    'first+tag@sub.example.com.cn',
    "o'brien@x.io",
    'sales@例子.中国',
    'a-b_c@my-domain.org',
  ])('accepts %j', (s) => {
    expect(validateEmail(s)).toBeNull();
  });

  it.each([
    ['', '邮箱不能为空'],
    ['   ', '邮箱不能为空'],
    ['plain', /格式不正确/],
    ['@example.com', /格式不正确/],
    ['name@', /格式不正确/],
    ['a..b@example.com', /格式不正确/],
    ['.a@example.com', /格式不正确/],
    ['a.@example.com', /格式不正确/],
    ['a b@example.com', /格式不正确/],
    ['张三@example.com', /格式不正确/],
    ['a@example', /域名不正确/],
    ['a@-example.com', /域名不正确/],
    ['a@example..com', /域名不正确/],
    ['a@1.2.3.4', /域名不正确/],
    ['a@b@example.com', /格式不正确/],
  ])('rejects %j', (s, message) => {
    expect(validateEmail(s)).toMatch(message);
  });

  it('ignores surrounding whitespace', () => {
    expect(validateEmail(' a@example.com ')).toBeNull();
  });

  it('limits lengths', () => {
    const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.com`; // 195 characters
    expect(validateEmail(`${'x'.repeat(58)}@${domain}`)).toBeNull(); // 254
    expect(validateEmail(`${'x'.repeat(59)}@${domain}`)).toBe('邮箱长度不能超过 254 个字符');
    expect(validateEmail(`${'x'.repeat(65)}@example.com`)).toMatch(/格式不正确/);
    expect(validateEmail(`a@${'b'.repeat(64)}.com`)).toMatch(/域名不正确/);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Zhang.San@Example.COM ')).toBe('zhang.san@example.com');
  });
});
