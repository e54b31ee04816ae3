'use client';

import { useFeatureT } from '@/i18n/feature';
import { customerMessages } from './messages';

/** `const t = useCustomerT(); t('list.title')` — the customer pages' words in the chosen language. */
export function useCustomerT() {
  return useFeatureT(customerMessages);
}
