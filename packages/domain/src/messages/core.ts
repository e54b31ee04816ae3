/**
 * Keyed messages: a stable key, typed parameters, and a template per language. The API sends
 * `extensions.messageKey` + `extensions.params` and a `message` rendered in the caller's language; the web renders
 * the same key and parameters itself. A parameter that depends on the language (an instant, a date, money, an enum
 * value, a record type) travels as a tagged value and is formatted for the reader, never pre-rendered.
 */
import { DEFAULT_LOCALE, enumLabel, fieldLabelEnByZh, recordTypeLabel, type EnumName, type Locale, type RecordType } from '../labels.js';
import { formatDay, formatInstant, formatYuan } from '../format/people.js';

/** A parameter: plain text/number, or a tagged value formatted per reader. */
export type MessageParam =
  | string
  | number
  | { t: 'instant'; v: string }
  | { t: 'date'; v: string }
  | { t: 'money'; v: string }
  | { t: 'enum'; e: EnumName; v: string }
  | { t: 'record'; v: RecordType }
  /** A word in both languages (e.g. a field label from the catalogue). */
  | { t: 'text'; zh: string; en: string }
  /** A list of parameters, joined with 、 / , */
  | { t: 'list'; v: MessageParam[] };

export type MessageParams = Record<string, MessageParam>;

/** Tagged parameter builders. */
export const P = {
  instant: (v: Date | string): MessageParam => ({ t: 'instant', v: v instanceof Date ? v.toISOString() : v }),
  date: (v: string): MessageParam => ({ t: 'date', v }),
  money: (v: string): MessageParam => ({ t: 'money', v }),
  enumValue: (e: EnumName, v: string): MessageParam => ({ t: 'enum', e, v }),
  record: (v: RecordType): MessageParam => ({ t: 'record', v }),
  text: (zh: string, en: string): MessageParam => ({ t: 'text', zh, en }),
  list: (v: MessageParam[]): MessageParam => ({ t: 'list', v }),
};

export interface MessageTemplate {
  zh: string;
  en: string;
}

/** `{name}` placeholders of a template, as a type: Placeholders<'a {x} b {y}'> = 'x' | 'y'. */
export type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}` ? N | Placeholders<Rest> : never;

export interface FormatContext {
  timeZone?: string;
  /** For relative instants (今天 16:02). */
  now?: Date;
}

export function formatParam(p: MessageParam | undefined, locale: Locale, ctx: FormatContext = {}): string {
  if (p === undefined || p === null) return '';
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  switch (p.t) {
    case 'instant':
      return formatInstant(p.v, { timeZone: ctx.timeZone, relativeTo: ctx.now, locale });
    case 'date':
      return formatDay(p.v, { timeZone: ctx.timeZone });
    case 'money':
      return formatYuan(p.v);
    case 'enum':
      return enumLabel(p.e, p.v, locale);
    case 'record':
      return recordTypeLabel(p.v, locale);
    case 'text':
      return locale === 'en' ? p.en : p.zh;
    case 'list':
      return p.v.map((x) => formatParam(x, locale, ctx)).join(locale === 'en' ? ', ' : '、');
    default:
      return '';
  }
}

/** Fill `{name}` placeholders. */
export function fillTemplate(template: string, params: MessageParams | undefined, locale: Locale, ctx: FormatContext = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => formatParam(params?.[name], locale, ctx));
}

/**
 * "中文 (English)" → { zh, en }: the old way messages were written. Split once, at the last parenthesis that closes
 * the text and holds no Chinese. Without an English part, both are the Chinese text.
 */
export function splitLegacyMessage(message: string): { zh: string; en: string } {
  const m = /^([\s\S]*?)\s*\(([^()]*)\)\s*$/.exec(message);
  if (!m || /[\u3400-\u9fff]/.test(m[2]) || !/[\u3400-\u9fff]/.test(m[1])) return { zh: message, en: message };
  const en = m[2].trim();
  return { zh: m[1].trim(), en: en.charAt(0).toUpperCase() + en.slice(1) };
}

export function normalizeLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (v.startsWith('zh')) return 'zh-CN';
  if (v.startsWith('en')) return 'en';
  return undefined;
}

/** The first supported language of an Accept-Language header (by q), else undefined. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^\s*q=([\d.]+)/.exec(r)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    const l = normalizeLocale(r.tag);
    if (l) return l;
  }
  return undefined;
}

export { DEFAULT_LOCALE };

/** A field label given in Chinese, as a two-language parameter (the English from the field catalogue). */
export function labelParam(zh: string, en?: string): MessageParam {
  return { t: 'text', zh, en: en ?? fieldLabelEnByZh(zh) ?? zh };
}
