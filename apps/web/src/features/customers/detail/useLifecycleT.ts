'use client';

import { useFeatureT } from '@/i18n/feature';
import { lifecycleMessages } from './lifecycleMessages';

/** `const t = useLifecycleT(); t('deactivate')` — words of 停用 / 启用 / 删除 and the phone quick actions. */
export function useLifecycleT() {
  return useFeatureT(lifecycleMessages);
}
