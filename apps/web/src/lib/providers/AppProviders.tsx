'use client';

import type { Session } from 'next-auth';
import { useRouter } from 'next/navigation';
import { useCallback, type ReactNode } from 'react';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n';
import { KehuApolloProvider } from '@/lib/apollo/KehuApolloProvider';
import { SessionProvider } from '@/lib/auth/SessionContext';
import { FeedbackProvider } from '@/lib/feedback/Feedback';

export interface AppProvidersProps {
  locale: Locale;
  session: Session | null;
  apiPublicUrl?: string;
  children: ReactNode;
}

/**
 * Everything client components need: language, the session, Apollo Client, toasts and dialogs. antd's
 * providers are not here (see AntdProviders): pages bring them, so a page drawn without antd loads none of it.
 */
export function AppProviders({ locale, session, apiPublicUrl, children }: AppProvidersProps) {
  const router = useRouter();
  // Server components (titles, anything rendered with getT) re-render in the new language.
  const onLocaleChange = useCallback(() => router.refresh(), [router]);
  return (
    <I18nProvider locale={locale} onLocaleChange={onLocaleChange}>
      <SessionProvider session={session}>
        <KehuApolloProvider apiPublicUrl={apiPublicUrl}>
          <FeedbackProvider>{children}</FeedbackProvider>
        </KehuApolloProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
