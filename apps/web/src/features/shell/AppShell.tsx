'use client';

import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Flex, Grid, Layout, Menu, Tag, Tooltip, Typography, theme } from 'antd';
import type { MenuProps } from 'antd';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { NotificationBell } from '@/features/reminders/NotificationBell';
import type { Role } from '@/gql/graphql';
import { useT } from '@/i18n/I18nProvider';
import { LOGIN_PATH } from '@/lib/auth/routes';
import { LiveIndicator } from './LiveIndicator';
import { LocaleSwitch } from './LocaleSwitch';
import { activeNavKey, NAV_ITEMS } from './navItems';

export interface ShellUser {
  name: string;
  role: Role;
}

export interface AppShellProps {
  user: ShellUser;
  children: ReactNode;
}

const SIDER_WIDTH = 208;

async function signOutAndLeave() {
  // redirect: false + our own navigation: next-auth's redirect URL depends on NEXTAUTH_URL.
  await signOut({ redirect: false }).catch(() => undefined);
  window.location.assign(LOGIN_PATH);
}

/** The signed-in frame: side navigation (a drawer on phones), header with user, language, sign-out. */
export function AppShell({ user, children }: AppShellProps) {
  const t = useT();
  const pathname = usePathname();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();

  const items: MenuProps['items'] = useMemo(
    () =>
      NAV_ITEMS.map((item) => ({
        key: item.key,
        icon: item.icon,
        label: (
          <Link href={item.href} onClick={() => setDrawerOpen(false)}>
            {t(`nav.${item.key}`)}
          </Link>
        ),
      })),
    [t],
  );
  const selected = activeNavKey(pathname);
  // A new page closes the phone drawer, however the navigation happened (link, back button, redirect).
  useEffect(() => setDrawerOpen(false), [pathname]);

  const brand = (compact: boolean) => (
    <Link href="/" style={{ display: 'block', padding: '16px 20px', color: '#fff', whiteSpace: 'nowrap', overflow: 'hidden' }}>
      <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
        {compact ? t('app.name').slice(0, 2) : t('app.fullName')}
      </Typography.Text>
    </Link>
  );

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      aria-label={t('nav.menu')}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isPhone ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={SIDER_WIDTH + 32}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' } }}
        >
          {brand(false)}
          {menu}
        </Drawer>
      ) : (
        <Layout.Sider
          width={SIDER_WIDTH}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={null}
          breakpoint="lg"
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {brand(collapsed)}
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            padding: '0 16px',
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {isPhone ? (
            <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} />
          ) : (
            <Tooltip title={collapsed ? t('nav.expand') : t('nav.collapse')}>
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                onClick={() => setCollapsed((c) => !c)}
              />
            </Tooltip>
          )}
          <Flex align="center" gap={12} style={{ marginLeft: 'auto', minWidth: 0 }}>
            <NotificationBell />
            <LiveIndicator compact={isPhone} />
            <LocaleSwitch size="small" />
            <Flex align="center" gap={8} style={{ minWidth: 0 }} data-testid="shell-user">
              <Avatar size="small" icon={<UserOutlined />} />
              <Typography.Text ellipsis style={{ maxWidth: isPhone ? 96 : 200 }}>
                {user.name}
              </Typography.Text>
              {isPhone ? null : <Tag color="blue">{t(`role.${user.role}`)}</Tag>}
            </Flex>
            <Tooltip title={t('auth.signOut')}>
              <Button icon={<LogoutOutlined />} onClick={signOutAndLeave} aria-label={t('auth.signOut')}>
                {isPhone ? null : t('auth.signOut')}
              </Button>
            </Tooltip>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
