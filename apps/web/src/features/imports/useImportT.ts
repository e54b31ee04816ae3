'use client';

import { useCallback } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import { importMessages, type ImportMessages } from './messages';

type DictKey<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${DictKey<T[K]>}` }[keyof T & string];
export type ImportKey = DictKey<ImportMessages>;
export type ImportT = (key: ImportKey, vars?: Record<string, string | number>) => string;

/** `const t = useImportT(); t('preview.total', { count })` — the import page's words in the chosen language. */
export function useImportT(): ImportT {
  const [locale] = useLocale();
  const dict = importMessages[locale] ?? importMessages['zh-CN'];
  return useCallback(
    (key, vars) => {
      let node: unknown = dict;
      for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      const text = typeof node === 'string' ? node : key;
      return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
    },
    [dict],
  );
}
