'use client';

import { useFeatureT } from '@/i18n/feature';
import { healthMessages } from './messages';

/** `const t = useHealthT(); t('activities.DORMANT')` — customer health words in the chosen language. */
export function useHealthT() {
  return useFeatureT(healthMessages);
}
