'use client';

import { useCallback } from 'react';
import type { Locale } from './index';
import { lookup, type DictKey, type DictVars } from './lookup';
import { useLocale } from './I18nProvider';

export { lookup, type DictKey, type DictVars };

/** A feature's own dictionary: Chinese first, English with the same shape. */
export type Dict<T> = Record<Locale, T>;

export type FeatureT<T> = (key: DictKey<T>, vars?: DictVars) => string;

/**
 * A translate function for one feature's own dictionaries (zh-CN first, English by switch), on top of
 * the app's locale: `const t = useFeatureT(MESSAGES); t('list.title'); t('deleted', { name })`.
 * Features keep their words beside their code, so engineers never share a dictionary.
 */
export function useFeatureT<T>(dicts: Dict<T>): FeatureT<T> {
  const [locale] = useLocale();
  const dict = dicts[locale] ?? dicts['zh-CN'];
  return useCallback((key: DictKey<T>, vars?: DictVars) => lookup(dict, key, vars), [dict]);
}
