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
import { can } from '@/features/customers/permissions';
import { AccountSection } from './AccountSection';
import { apiErrorText } from '@/lib/apollo/errorText';
import { CustomFieldsSection } from './custom-fields/CustomFieldsSection';
import { DealSettingsSection } from './deals/DealSettingsSection';
import { ActivitySettingsSection } from '@/features/health/ActivitySettingsSection';
import { ChurnSettingsSection } from '@/features/health/ChurnSettingsSection';
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
const NotificationChannelsSection = dynamic(() => import('./channels/NotificationChannelsSection').then((m) => m.NotificationChannelsSection), {
  loading: loadingSection,
});

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
  | 'customFields'
  | 'products'
  | 'apiKeys'
  | 'webhooks'
  | 'channels'
  | 'tags'
  | 'account'
  | 'security';

/**
 * Which sections a role sees. The API is the guard (settings.manage, users.manage, …); this only spares
 * people forms they could not save: managers read their team and the rules, everyone reads the pool rules.
 * Integrations (API keys, webhooks) and notification channels are admins' only.
 */
export function settingsTabsFor(role: Role): SettingsTab[] {
  // 标签 (delete a tag everywhere) for whoever may tag customers (tag.edit), before the personal sections.
  const tabs = sectionsFor(role);
  return can(role, 'tag.edit') ? [...tabs.slice(0, -2), 'tags', ...tabs.slice(-2)] : tabs;
}

function sectionsFor(role: Role): SettingsTab[] {
  switch (role) {
    case 'ADMIN':
      return ['users', 'pool', 'reminders', 'deals', 'customFields', 'products', 'apiKeys', 'webhooks', 'channels', 'account', 'security'];
    case 'MANAGER':
      return ['users', 'pool', 'deals', 'account', 'security'];
    default:
      return ['pool', 'account', 'security'];
  }
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
        <Result status="error" title={t('loadFailed')} subTitle={apiErrorText(error, locale)} extra={<Button onClick={() => void refetch()}>{t('retry')}</Button>} />
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
