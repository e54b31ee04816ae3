'use client';

import { roleCan, type Permission } from '@kehu/domain/permissions';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { graphql } from '@/gql';
import type { Role } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { AccountSection } from './AccountSection';
import { apiErrorText } from '@/lib/apollo/errorText';
import { CustomFieldsSection } from './custom-fields/CustomFieldsSection';
import { DealSettingsSection } from './deals/DealSettingsSection';
import { ActivitySettingsSection } from '@/features/health/ActivitySettingsSection';
import { ChurnSettingsSection } from '@/features/health/ChurnSettingsSection';
import { SatisfactionDimensionsSection } from '@/features/visits/SatisfactionDimensionsSection';
import { PoolRulesSection } from './pool/PoolRulesSection';
import { ProductsSection } from './products/ProductsSection';
import { ReminderSettingsSection } from './reminders/ReminderSettingsSection';
import { SignInsSection } from './security/SignInsSection';
import { useSettingsT } from './useSettingsT';
import { UsersSection } from './users/UsersSection';

// The integration sections (date picker, drawers) load when their tab is first opened, not with the page.
const loadingSection = () => <Skeleton active paragraph={{ rows: 4 }} />;
const ApiKeysSection = dynamic(() => import('./api-keys/ApiKeysSection').then((m) => m.ApiKeysSection), { loading: loadingSection });
const WebhooksSection = dynamic(() => import('./webhooks/WebhooksSection').then((m) => m.WebhooksSection), { loading: loadingSection });
const TagsSection = dynamic(() => import('./tags/TagsSection').then((m) => m.TagsSection), { loading: loadingSection });
const NotificationChannelsSection = dynamic(
  () => import('./channels/NotificationChannelsSection').then((m) => m.NotificationChannelsSection),
  {
    loading: loadingSection,
  },
);

export const SettingsMeQuery = graphql(`
  query SettingsMe {
    me {
      id
      role
    }
  }
`);

export type SettingsTab =
  | 'users'
  | 'pool'
  | 'reminders'
  | 'deals'
  | 'satisfaction'
  | 'customFields'
  | 'products'
  | 'apiKeys'
  | 'webhooks'
  | 'channels'
  | 'tags'
  | 'account'
  | 'security';

/**
 * Each section in display order, with the permissions (any of them) of @kehu/domain/permissions — the matrix
 * the API enforces — that show it; none = everyone signed in. The API is the guard; this only spares people
 * forms they could not save. A section shown to a role that may not change it is read-only (its canManage).
 */
export const SETTINGS_SECTIONS: readonly { tab: SettingsTab; shownBy: readonly Permission[] }[] = [
  // Admins manage users; a manager reads the team whose customers they reassign.
  { tab: 'users', shownBy: ['users.manage', 'customer.reassign'] },
  // Everyone reads the pool rules (they decide when one's customers go back); pool.configure edits them.
  { tab: 'pool', shownBy: [] },
  { tab: 'reminders', shownBy: ['settings.manage'] },
  // Numbering and grading thresholds: admins edit, contract approvers read.
  { tab: 'deals', shownBy: ['settings.manage', 'contract.approve'] },
  // 满意度维度: what a visit is scored on; admins set them (everyone sees them on the record-visit form).
  { tab: 'satisfaction', shownBy: ['settings.manage'] },
  { tab: 'customFields', shownBy: ['customFields.manage'] },
  { tab: 'products', shownBy: ['product.manage'] },
  { tab: 'apiKeys', shownBy: ['integrations.manage'] },
  { tab: 'webhooks', shownBy: ['integrations.manage'] },
  { tab: 'channels', shownBy: ['settings.manage'] },
  // 标签 (delete a tag everywhere) for whoever may tag customers.
  { tab: 'tags', shownBy: ['tag.edit'] },
  { tab: 'account', shownBy: [] },
  { tab: 'security', shownBy: [] },
];

/** Which sections a role sees, derived from the permission matrix (SETTINGS_SECTIONS). */
export function settingsTabsFor(role: Role): SettingsTab[] {
  return SETTINGS_SECTIONS.filter((s) => s.shownBy.length === 0 || s.shownBy.some((p) => roleCan(role, p))).map((s) => s.tab);
}

/** 设置: one tab per section, the chosen tab in the URL (`?tab=pool`) so it can be bookmarked. */
export function SettingsView() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const { data, error, refetch } = useQuery(SettingsMeQuery);

  if (error && !data) {
    return (
      <Card>
        <Result
          status="error"
          title={t('loadFailed')}
          subTitle={apiErrorText(error, locale)}
          extra={<Button onClick={() => void refetch()}>{t('retry')}</Button>}
        />
      </Card>
    );
  }
  if (!data) {
    return (
      <Card data-testid="settings-loading">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }

  const may = (p: Permission) => roleCan(data.me.role, p);
  const tabs = settingsTabsFor(data.me.role);
  const asked = params.get('tab') as SettingsTab | null;
  const active = asked && tabs.includes(asked) ? asked : tabs[0];
  const content: Record<SettingsTab, () => ReactNode> = {
    users: () => <UsersSection canManage={may('users.manage')} />,
    pool: () => <PoolRulesSection canManage={may('pool.configure')} />,
    reminders: () => <ReminderSettingsSection />,
    deals: () => (
      <>
        <DealSettingsSection canManage={may('settings.manage')} />
        <ActivitySettingsSection canManage={may('settings.manage')} />
        <ChurnSettingsSection canManage={may('settings.manage')} />
      </>
    ),
    satisfaction: () => <SatisfactionDimensionsSection />,
    customFields: () => <CustomFieldsSection />,
    products: () => <ProductsSection />,
    apiKeys: () => <ApiKeysSection viewerId={data.me.id} />,
    webhooks: () => <WebhooksSection />,
    channels: () => <NotificationChannelsSection />,
    tags: () => <TagsSection />,
    account: () => <AccountSection />,
    security: () => <SignInsSection />,
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        {/* Who exported what (the export audit) is an admin's page of its own. */}
        {may('users.manage') ? (
          <Link href="/exports">
            <Button>{t('exportAudit')}</Button>
          </Link>
        ) : null}
      </Flex>
      <Card>
        <Tabs
          activeKey={active}
          destroyOnHidden
          onChange={(key) => {
            const next = new URLSearchParams(params.toString());
            next.set('tab', key);
            router.replace(`${pathname}?${next.toString()}`, { scroll: false });
          }}
          items={tabs.map((key) => ({ key, label: t(`tabs.${key}`), children: content[key]() }))}
        />
      </Card>
    </Flex>
  );
}
