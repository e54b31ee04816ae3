'use client';

import type { ReactNode } from 'react';
import type { ChangePasswordPanelProps } from '@/features/auth/ChangePasswordPanel';
import type { LoginPanelProps } from '@/features/auth/LoginPanel';
import type { MessageKey } from '@/i18n';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { Skeleton } from '@/lib/ui/Skeleton';

/**
 * Route-level code splitting. antd (its runtime, style registry, locale and the components a page draws) is
 * about 300 kB gzip; the signed-in shell, React, Next and Apollo are about 215 kB, which every page loads.
 * So each page's view — and antd with it (lazyAntd brings AntdProviders) — is its own chunk, fetched when the
 * page renders: the page's first-load JavaScript stays under the 250 kB budget (scripts/first-load-js.mjs),
 * the server still renders the view's HTML, and the shell (nav, notifications, language) is live at once.
 * A page whose first paint needs no antd draws it in plain markup instead (the customer 360).
 *
 * page.tsx files (server components) render these; the fallback shows while a view's chunk arrives.
 */
function loading(testId?: string): ReactNode {
  return (
    <div data-testid={testId} style={{ padding: 24, background: 'var(--kehu-surface, #fff)', borderRadius: 8 }}>
      <Skeleton rows={6} />
    </div>
  );
}

export const HomeView = lazyAntd(() => import('@/features/home/HomeView').then((m) => m.HomeView), loading());
export const CustomerListView = lazyAntd(() => import('@/features/customers/list/CustomerListView').then((m) => m.CustomerListView), loading());
export const ImportPage = lazyAntd(() => import('@/features/imports/ImportPage').then((m) => m.ImportPage), loading());
export const MergeView = lazyAntd(() => import('@/features/customers/merge/MergeView').then((m) => m.MergeView), loading());
export const RecycleBinView = lazyAntd(() => import('@/features/customers/recycle/RecycleBinView').then((m) => m.RecycleBinView), loading());
export const ContractsView = lazyAntd(() => import('@/features/contracts/ContractsView').then((m) => m.ContractsView), loading('contracts-loading'));
export const ContractDetailView = lazyAntd(() => import('@/features/contracts/ContractDetailView').then((m) => m.ContractDetailView), loading());
export const DealsView = lazyAntd(() => import('@/features/deals/DealsView').then((m) => m.DealsView), loading('deals-loading'));
export const ExportAuditView = lazyAntd(() => import('@/features/exports/ExportAuditView').then((m) => m.ExportAuditView), loading());
export const PoolView = lazyAntd(() => import('@/features/pool/PoolView').then((m) => m.PoolView), loading('pool-loading'));
export const ReceiptsView = lazyAntd(() => import('@/features/receipts/ReceiptsView').then((m) => m.ReceiptsView), loading('receipts-loading'));
export const ReminderInbox = lazyAntd(() => import('@/features/reminders/ReminderInbox').then((m) => m.ReminderInbox), loading());
export const ReportsView = lazyAntd(() => import('@/features/reports/ReportsView').then((m) => m.ReportsView), loading());
export const SettingsView = lazyAntd(() => import('@/features/settings/SettingsView').then((m) => m.SettingsView), loading('settings-loading'));
export const TaskList = lazyAntd(() => import('@/features/tasks/TaskList').then((m) => m.TaskList), loading());
export const VisitsView = lazyAntd(() => import('@/features/visits/VisitsView').then((m) => m.VisitsView), loading());

// The sign-in and change-password cards: AuthFrame and the form load together, under one AntdProviders.
type Framed<P> = P & { titleKey: MessageKey };
export const LoginCard = lazyAntd<Framed<LoginPanelProps>>(async () => {
  const [{ AuthFrame }, { LoginPanel }] = await Promise.all([import('@/features/auth/AuthFrame'), import('@/features/auth/LoginPanel')]);
  return function LoginCardView({ titleKey, ...props }: Framed<LoginPanelProps>) {
    return (
      <AuthFrame titleKey={titleKey}>
        <LoginPanel {...props} />
      </AuthFrame>
    );
  };
}, loading());
export const ChangePasswordCard = lazyAntd<Framed<ChangePasswordPanelProps>>(async () => {
  const [{ AuthFrame }, { ChangePasswordPanel }] = await Promise.all([import('@/features/auth/AuthFrame'), import('@/features/auth/ChangePasswordPanel')]);
  return function ChangePasswordCardView({ titleKey, ...props }: Framed<ChangePasswordPanelProps>) {
    return (
      <AuthFrame titleKey={titleKey}>
        <ChangePasswordPanel {...props} />
      </AuthFrame>
    );
  };
}, loading());
