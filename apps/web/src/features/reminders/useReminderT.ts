'use client';

import { useFeatureT } from '@/i18n/feature';
import { reminderMessages } from './messages';

/** `const t = useReminderT(); t('inbox.title')` — the reminder words in the chosen language. */
export function useReminderT() {
  return useFeatureT(reminderMessages);
}
