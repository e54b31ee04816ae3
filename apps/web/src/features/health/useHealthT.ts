'use client';

import { useFeatureT } from '@/features/customers/i18n';
import { healthMessages } from './messages';

/** `const t = useHealthT(); t('activities.DORMANT')` — customer health words in the chosen language. */
export function useHealthT() {
  return useFeatureT(healthMessages);
}
