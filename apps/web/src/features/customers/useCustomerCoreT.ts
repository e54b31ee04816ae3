'use client';

import { customerCoreMessages } from './coreMessages';
import { useFeatureT } from '@/i18n/feature';

/**
 * `const t = useCustomerCoreT(); t('detail.edit')` — only the words of the 360 page's first paint
 * (coreMessages.ts), so that page does not load every customer page's words. Elsewhere: useCustomerT.
 */
export function useCustomerCoreT() {
  return useFeatureT(customerCoreMessages);
}
