'use client';

import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** Also the page font (globals.css sets the same list on the body, for what antd does not draw). */
const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif";
const THEME = { token: { colorPrimary: '#1668dc', borderRadius: 6, fontFamily: FONT_FAMILY } };

/**
 * antd ConfigProvider (locale, theme); keeps dayjs' locale in step. Imports name antd's modules directly:
 * `antd/locale/*` is CommonJS. Pages get it through AntdProviders (with the SSR style registry).
 */
export function AntdConfig({ children }: { children: ReactNode }) {
  const [locale] = useLocale();
  if (dayjs.locale() !== dayjsLocales[locale]) dayjs.locale(dayjsLocales[locale]);
  return (
    <ConfigProvider locale={antdLocales[locale]} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
