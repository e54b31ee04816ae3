'use client';

import { useLocale } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';

/** A feature's own dictionary: Chinese first, English with the same shape. */
export type Dict<T> = Record<Locale, T>;

/** The current locale's messages of a feature dictionary (kept beside the feature, not in the shared one). */
export function useMessages<T>(dict: Dict<T>): T {
  const [locale] = useLocale();
  return dict[locale] ?? dict['zh-CN'];
}

/** Fill `{name}` placeholders. */
export function fmt(text: string, vars: Record<string, string | number | null | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] == null ? whole : String(vars[name])));
}
