import en from './messages/en';
import zhCN, { type Messages } from './messages/zh-CN';
import { lookup, type DictKey } from './lookup';

export type { Messages };

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Chinese first: used when the cookie is missing or unknown. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The cookie that remembers the chosen language (read on the server so the first paint is right). */
export const LOCALE_COOKIE = 'kehu-locale';

const dictionaries: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function resolveLocale(value: string | undefined | null): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function getMessages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** Every dotted key of the dictionary, e.g. `'nav.customers'`. */
export type MessageKey = DictKey<Messages>;

export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

/** Look a key up and fill `{name}` placeholders. A missing key shows itself rather than crashing. */
export function translate(locale: Locale, key: MessageKey, vars?: TranslateVars): string {
  return lookup(dictionaries[locale], key, vars);
}

export function createT(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}

/** `lang` attribute for <html>. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh-CN' ? 'zh-CN' : 'en';
}
