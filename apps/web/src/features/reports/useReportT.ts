'use client';

import { useFeatureT } from '@/i18n/feature';
import { reportMessages } from './messages';

/** `const t = useReportT(); t('tabs.money')` — the report pages' words in the chosen language. */
export function useReportT() {
  return useFeatureT(reportMessages);
}
