'use client';

import { useFeatureT } from '@/i18n/feature';
import { settingsMessages } from './messages';

/** `const t = useSettingsT(); t('tabs.users')` — the settings words in the chosen language. */
export function useSettingsT() {
  return useFeatureT(settingsMessages);
}
