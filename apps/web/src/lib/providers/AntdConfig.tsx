'use client';

import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** antd ConfigProvider (locale, theme) + antd's App context; keeps dayjs' locale in step. */
export function AntdConfig({ children }: { children: ReactNode }) {
  const [locale] = useLocale();
  if (dayjs.locale() !== dayjsLocales[locale]) dayjs.locale(dayjsLocales[locale]);
  return (
    <ConfigProvider
      locale={antdLocales[locale]}
      theme={{
        token: {
          colorPrimary: '#1668dc',
          borderRadius: 6,
          fontFamily:
            "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
        },
      }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
