import en from './messages/en';
import zhCN from './messages/zh-CN';
import { resolveLocale, translate } from './index';

function keysOf(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v as object, `${prefix}${k}.`)));
}

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('defaults to Chinese for a missing or unknown cookie', () => {
    expect(resolveLocale(undefined)).toBe('zh-CN');
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale('en')).toBe('en');
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'home.welcome', { name: '张三' })).toBe('欢迎，张三');
    expect(translate('en', 'home.welcome', { name: 'Ann' })).toBe('Welcome, Ann');
  });
});
