'use client';

import { useFeatureT } from '@/features/customers/i18n';
import { settingsMessages } from './messages';

/** `const t = useSettingsT(); t('tabs.users')` — the settings words in the chosen language. */
export function useSettingsT() {
  return useFeatureT(settingsMessages);
}
