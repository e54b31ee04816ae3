import { meetsPasswordPolicy } from './passwordPolicy';

describe('password policy', () => {
  it.each([
    ['Kehu@2026!', true],
    ['abc12345!', true],
    ['short1!', false],
    ['abcdefgh1', false],
    ['abcdefgh!', false],
    ['12345678!', false],
    ['abc 1234 ', false],
  ])('%s -> %s', (password, ok) => {
    expect(meetsPasswordPolicy(password)).toBe(ok);
  });
});
