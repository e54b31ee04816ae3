import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'antd/dist/reset.css';
import './globals.css';
import { htmlLang } from '@/i18n';
import { getLocale, getT } from '@/i18n/server';
import { publicApiUrl } from '@/lib/auth/env';
import { getAppSession } from '@/lib/auth/session';
import { AppProviders } from '@/lib/providers/AppProviders';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return {
    title: { default: t('app.fullName'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, session] = await Promise.all([getLocale(), getAppSession()]);
  return (
    <html lang={htmlLang(locale)}>
      <body>
        <AppProviders locale={locale} session={session} apiPublicUrl={publicApiUrl()}>
          {children}
        </AppProviders>
      </body>
    </html>
  );
}
