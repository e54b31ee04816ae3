'use client';

import { useFeatureT } from '@/i18n/feature';
import { exportMessages } from './messages';

/** `const t = useExportT(); t('button.excel')` — the export words in the chosen language. */
export function useExportT() {
  return useFeatureT(exportMessages);
}
