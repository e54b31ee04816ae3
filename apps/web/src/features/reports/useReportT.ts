'use client';

import { useFeatureT } from '@/features/customers/i18n';
import { reportMessages } from './messages';

/** `const t = useReportT(); t('tabs.money')` — the report pages' words in the chosen language. */
export function useReportT() {
  return useFeatureT(reportMessages);
}
