// Test helper: render inside the app's i18n and antd providers and a mocked Apollo Client.
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Locale } from '@/i18n';
import { I18nProvider } from '@/i18n/I18nProvider';
import { FeedbackProvider } from '@/lib/feedback/Feedback';
import { AntdConfig } from '@/lib/providers/AntdConfig';

export interface RenderWithProvidersOptions extends RenderOptions {
  locale?: Locale;
  /** Apollo responses the component may ask for (an unmatched operation answers with an error). */
  mocks?: MockedProviderProps['mocks'];
}

export function renderWithProviders(ui: ReactElement, { locale = 'zh-CN', mocks = [], ...options }: RenderWithProvidersOptions = {}) {
  // antd's styles are built but not put in the document: jsdom matches every stylesheet rule on each
  // getComputedStyle (which getByRole calls per element), and that made a form test take a minute.
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <StyleProvider mock="server">
        <MockedProvider mocks={mocks}>
          <I18nProvider locale={locale}>
            <FeedbackProvider>
              <AntdConfig>{children}</AntdConfig>
            </FeedbackProvider>
          </I18nProvider>
        </MockedProvider>
      </StyleProvider>
    );
  }
  return render(ui, { wrapper: Wrapper, ...options });
}
