import { ENUM_LABELS } from '../labels';
import { MESSAGES, P, renderMessage, splitLegacyMessage, localeFromAcceptLanguage, type MessageKey, type MessageParam } from './index';

/** Every key rendered in both languages with sample parameters reads like a person wrote it (issue 15 quality bar). */
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const ENUM_CODES = new Set(
  Object.values(ENUM_LABELS)
    .flatMap((t) => Object.keys(t))
    .filter((k) => /^[A-Z][A-Z_]{2,}$/.test(k) && k !== 'VIP'),
);
/** Internal identifiers: camelCase or PascalCase field names (expiresAt, ExpiresAt), snake_case columns. */
const IDENTIFIER = /\b(?:[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[a-z]+_[a-z_]+)\b/;
/** Technical names people do type (HTTP headers, the GraphQL arguments of the API itself). */
const ALLOWED_IDENTIFIERS = new Set(['sha256Hash', 'DingTalk', 'WeCom', 'WeChat']);

/** A sample for a placeholder, tagged where the real value is (instants, money, enums…). */
function sample(name: string): MessageParam {
  if (/until|when|^at$|At$/.test(name)) return P.instant('2026-12-07T08:02:40.042Z');
  if (/amount|planned|room|received|outstanding/.test(name)) return P.money('40000');
  if (name === 'status') return P.enumValue('ContractStatus', 'SIGNED');
  if (name === 'record') return P.record('customer');
  if (/label|why|what|reason|owner/.test(name)) return P.text('客户名称', 'Customer name');
  return 7;
}

describe('message catalogue', () => {
  const keys = Object.keys(MESSAGES).filter((k) => k !== 'legacy') as MessageKey[];

  it.each(keys)('%s reads in zh-CN and en with no ISO instant, UUID, enum code, identifier or second language', (key) => {
    const tpl = MESSAGES[key] as { zh: string; en: string };
    const names = new Set([...`${tpl.zh} ${tpl.en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
    const params = Object.fromEntries([...names].map((n) => [n, sample(n)]));
    const zh = renderMessage({ key, params }, 'zh-CN');
    const en = renderMessage({ key, params }, 'en');
    for (const text of [zh, en]) {
      expect(text).not.toMatch(ISO_INSTANT);
      expect(text).not.toMatch(UUID);
      expect(text).not.toMatch(/\{\w+\}/);
      for (const word of text.split(/[^A-Za-z_]+/)) expect(ENUM_CODES.has(word) ? `${key}: enum code ${word}` : '').toBe('');
    }
    expect(en).not.toMatch(CJK);
    expect(CJK.test(zh)).toBe(true);
    // No English sentence inside the Chinese text (the old "中文 (English)" form).
    expect(zh).not.toMatch(/\([a-z][a-z ]{3,}\)|\b[a-z]+ [a-z]+ [a-z]+\b/);
    const ids = [...en.matchAll(new RegExp(IDENTIFIER, 'g'))].map((m) => m[0]).filter((w) => !ALLOWED_IDENTIFIERS.has(w));
    expect(ids).toEqual([]);
  });

  it('renders instants in the business time zone and money with separators', () => {
    expect(renderMessage({ key: 'pool.coolDownAfterRelease', params: { until: P.instant('2026-12-14T15:30:00.048Z') } }, 'zh-CN')).toBe(
      '该客户由你退回公海不久，2026-12-14 23:30 之后才能再次领取',
    );
    expect(renderMessage({ key: 'payments.invoicesWouldExceedContract', params: { room: P.money('40000') } }, 'en')).toBe(
      'Invoices cannot exceed the contract amount; at most ¥40,000.00 more',
    );
  });

  it('splits a legacy "中文 (English)" message once', () => {
    expect(splitLegacyMessage('上级不存在 (unknown manager)')).toEqual({ zh: '上级不存在', en: 'Unknown manager' });
    expect(renderMessage({ key: 'legacy', params: splitLegacyMessage('上级不存在 (unknown manager)') }, 'en')).toBe('Unknown manager');
  });

  it('picks the first supported language of Accept-Language', () => {
    expect(localeFromAcceptLanguage('fr;q=1, en-US;q=0.8, zh;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de')).toBeUndefined();
  });
});
