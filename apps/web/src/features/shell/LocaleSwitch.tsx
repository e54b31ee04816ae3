'use client';

import { Segmented } from 'antd';
import { useLocale, useT } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';

/** 中文 / English switch; the choice is kept in the `kehu-locale` cookie. */
export function LocaleSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const [locale, setLocale] = useLocale();
  const t = useT();
  return (
    <Segmented<Locale>
      size={size}
      aria-label={t('locale.switchLabel')}
      value={locale}
      onChange={(value) => setLocale(value)}
      options={[
        { label: t('locale.zhCN'), value: 'zh-CN' },
        { label: t('locale.en'), value: 'en' },
      ]}
    />
  );
}
