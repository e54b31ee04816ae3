'use client';

import { useFeatureT } from '@/i18n/feature';
import { forecastMessages } from './messages';

/** `const t = useForecastT(); t('cols.won')` — the forecast's words in the chosen language. */
export function useForecastT() {
  return useFeatureT(forecastMessages);
}
