'use client';

import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { ChangePasswordPanelProps } from '@/features/auth/ChangePasswordPanel';
import type { LoginPanelProps } from '@/features/auth/LoginPanel';
import type { MessageKey } from '@/i18n';
import type * as Providers from '@/lib/providers/AntdProviders';
import { Skeleton } from '@/lib/ui/Skeleton';
import { useViewReady } from '@/lib/ui/useViewReady';

/**
 * Route-level code splitting. antd (its runtime, style registry, locale and the components a page draws) is
 * about 300 kB gzip on a list or settings page; the signed-in shell, React, Next and Apollo about 215 kB, which
 * every page loads. So each page's view — with antd and its providers — is a chunk of its own (next/dynamic):
 * the page's first-load JavaScript, which the shell needs to come alive, stays under the 250 kB budget
 * (scripts/first-load-js.mjs); the server still renders the view, and Next preloads its chunk with the page,
 * so it hydrates as soon as it arrives. A page whose first paint needs no antd draws it in plain markup
 * instead and loads antd with its first antd part (the customer 360, lazyAntd).
 *
 * page.tsx files (server components) render these; the fallback shows while a view's chunk arrives.
 */
function Loading({ testId }: { testId?: string }) {
  return (
    <div data-testid={testId} style={{ padding: 24, background: '#fff', borderRadius: 8 }}>
      <Skeleton rows={6} />
    </div>
  );
}

/** Where the sign-in card will be (AuthFrame's column), while its code loads. */
function AuthLoading() {
  return (
    <div style={{ maxWidth: 400, margin: '20vh auto 0', padding: 24, background: '#fff', borderRadius: 8 }}>
      <Skeleton rows={4} />
    </div>
  );
}

/** The view inside antd's providers (style registry, locale, theme), which load with it. */
function withAntd<P extends object>(View: ComponentType<P>, { AntdProviders }: typeof Providers): ComponentType<P> {
  function WithAntd(props: P) {
    useViewReady();
    return (
      <AntdProviders>
        <View {...props} />
      </AntdProviders>
    );
  }
  return WithAntd;
}

export const HomeView = dynamic(
  () =>
    Promise.all([import('@/features/home/HomeView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) => withAntd(m.HomeView, p)),
  { loading: () => <Loading /> },
);
export const CustomerListView = dynamic(
  () =>
    Promise.all([import('@/features/customers/list/CustomerListView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.CustomerListView, p),
    ),
  { loading: () => <Loading /> },
);
export const ImportPage = dynamic(
  () =>
    Promise.all([import('@/features/imports/ImportPage'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ImportPage, p),
    ),
  { loading: () => <Loading /> },
);
export const MergeView = dynamic(
  () =>
    Promise.all([import('@/features/customers/merge/MergeView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.MergeView, p),
    ),
  { loading: () => <Loading /> },
);
export const RecycleBinView = dynamic(
  () =>
    Promise.all([import('@/features/customers/recycle/RecycleBinView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.RecycleBinView, p),
    ),
  { loading: () => <Loading /> },
);
export const ContractsView = dynamic(
  () =>
    Promise.all([import('@/features/contracts/ContractsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ContractsView, p),
    ),
  { loading: () => <Loading testId="contracts-loading" /> },
);
export const ContractDetailView = dynamic(
  () =>
    Promise.all([import('@/features/contracts/ContractDetailView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ContractDetailView, p),
    ),
  { loading: () => <Loading /> },
);
export const DealsView = dynamic(
  () =>
    Promise.all([import('@/features/deals/DealsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) => withAntd(m.DealsView, p)),
  { loading: () => <Loading testId="deals-loading" /> },
);
export const ExportsView = dynamic(
  () =>
    Promise.all([import('@/features/exports/ExportsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ExportsView, p),
    ),
  { loading: () => <Loading /> },
);
export const ForecastView = dynamic(
  () =>
    Promise.all([import('@/features/forecast/ForecastView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ForecastView, p),
    ),
  { loading: () => <Loading testId="forecast-loading" /> },
);
export const PoolView = dynamic(
  () =>
    Promise.all([import('@/features/pool/PoolView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) => withAntd(m.PoolView, p)),
  { loading: () => <Loading testId="pool-loading" /> },
);
export const ReceiptsView = dynamic(
  () =>
    Promise.all([import('@/features/receipts/ReceiptsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ReceiptsView, p),
    ),
  { loading: () => <Loading testId="receipts-loading" /> },
);
// Drawn in the browser only: the inbox's unread count is also kept live by the header bell, and a count that
// moved between the server's render and hydration broke hydration (React error 418) on this page.
export const ReminderInbox = dynamic(
  () =>
    Promise.all([import('@/features/reminders/ReminderInbox'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ReminderInbox, p),
    ),
  { ssr: false, loading: () => <Loading /> },
);
export const ReportsView = dynamic(
  () =>
    Promise.all([import('@/features/reports/ReportsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.ReportsView, p),
    ),
  { loading: () => <Loading /> },
);
export const SettingsView = dynamic(
  () =>
    Promise.all([import('@/features/settings/SettingsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.SettingsView, p),
    ),
  { loading: () => <Loading testId="settings-loading" /> },
);
export const TaskList = dynamic(
  () =>
    Promise.all([import('@/features/tasks/TaskList'), import('@/lib/providers/AntdProviders')]).then(([m, p]) => withAntd(m.TaskList, p)),
  { loading: () => <Loading /> },
);
export const VisitsView = dynamic(
  () =>
    Promise.all([import('@/features/visits/VisitsView'), import('@/lib/providers/AntdProviders')]).then(([m, p]) =>
      withAntd(m.VisitsView, p),
    ),
  { loading: () => <Loading /> },
);

// The sign-in and change-password cards: AuthFrame and the form load together, under one AntdProviders. Not
// rendered on the server: a form drawn before its code has loaded would take typing it then forgets.
type Framed<P> = P & { titleKey: MessageKey };
export const LoginCard = dynamic(
  () =>
    Promise.all([import('@/features/auth/AuthFrame'), import('@/features/auth/LoginPanel'), import('@/lib/providers/AntdProviders')]).then(
      ([{ AuthFrame }, { LoginPanel }, p]) =>
        withAntd(function LoginCardView({ titleKey, ...props }: Framed<LoginPanelProps>) {
          return (
            <AuthFrame titleKey={titleKey}>
              <LoginPanel {...props} />
            </AuthFrame>
          );
        }, p),
    ),
  { ssr: false, loading: () => <AuthLoading /> },
);
export const ChangePasswordCard = dynamic(
  () =>
    Promise.all([
      import('@/features/auth/AuthFrame'),
      import('@/features/auth/ChangePasswordPanel'),
      import('@/lib/providers/AntdProviders'),
    ]).then(([{ AuthFrame }, { ChangePasswordPanel }, p]) =>
      withAntd(function ChangePasswordCardView({ titleKey, ...props }: Framed<ChangePasswordPanelProps>) {
        return (
          <AuthFrame titleKey={titleKey}>
            <ChangePasswordPanel {...props} />
          </AuthFrame>
        );
      }, p),
    ),
  { ssr: false, loading: () => <AuthLoading /> },
);
