'use client';

import type { Session } from 'next-auth';
import { SessionProvider } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useCallback, type ReactNode } from 'react';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';
import { KehuApolloProvider } from '@/lib/apollo/KehuApolloProvider';
import { AntdConfig } from './AntdConfig';

export interface AppProvidersProps {
  locale: Locale;
  session: Session | null;
  apiPublicUrl?: string;
  children: ReactNode;
}

/** Everything client components need: language, antd config, the session and Apollo Client. */
export function AppProviders({ locale, session, apiPublicUrl, children }: AppProvidersProps) {
  const router = useRouter();
  // Server components (titles, anything rendered with getT) re-render in the new language.
  const onLocaleChange = useCallback(() => router.refresh(), [router]);
  return (
    <I18nProvider locale={locale} onLocaleChange={onLocaleChange}>
      <AntdConfig>
        <SessionProvider session={session} refetchOnWindowFocus>
          <KehuApolloProvider apiPublicUrl={apiPublicUrl}>{children}</KehuApolloProvider>
        </SessionProvider>
      </AntdConfig>
    </I18nProvider>
  );
}
