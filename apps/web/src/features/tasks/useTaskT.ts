'use client';

import { useFeatureT } from '@/i18n/feature';
import { taskMessages } from './messages';

/** `const t = useTaskT(); t('title')` — the task page's words in the chosen language. */
export function useTaskT() {
  return useFeatureT(taskMessages);
}
