'use client';

import { useCallback } from 'react';
import type { Locale } from '@/i18n';
import { useLocale } from '@/i18n/I18nProvider';

/** Dotted keys of a nested dictionary, e.g. `'list.title'`. */
export type DictKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${DictKey<T[K]>}`;
}[keyof T & string];

export type DictVars = Record<string, string | number>;
export type FeatureT<T> = (key: DictKey<T>, vars?: DictVars) => string;

/** Look a key up in a feature dictionary and fill `{name}` placeholders (a missing key shows itself). */
export function lookup<T>(dict: T, key: string, vars?: DictVars): string {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const text = typeof node === 'string' ? node : key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A translate function for one feature's own dictionaries (zh-CN first, English by switch), on top of
 * the app's locale. Features keep their words beside their code, so engineers never share a dictionary.
 */
export function useFeatureT<T>(dicts: Record<Locale, T>): FeatureT<T> {
  const [locale] = useLocale();
  const dict = dicts[locale] ?? dicts['zh-CN'];
  return useCallback((key: DictKey<T>, vars?: DictVars) => lookup(dict, key, vars), [dict]);
}
