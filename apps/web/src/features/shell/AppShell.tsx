'use client';

import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import MenuFoldOutlined from '@ant-design/icons-svg/es/asn/MenuFoldOutlined';
import MenuOutlined from '@ant-design/icons-svg/es/asn/MenuOutlined';
import MenuUnfoldOutlined from '@ant-design/icons-svg/es/asn/MenuUnfoldOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { NotificationBell } from '@/features/reminders/NotificationBell';
import type { Role } from '@/gql/graphql';
import { useT } from '@/i18n/I18nProvider';
import { signOutAndGo } from '@/lib/auth/signOut';
import { Icon } from '@/lib/ui/Icon';
import styles from './AppShell.module.css';
import { LiveIndicator } from './LiveIndicator';
import { LocaleSwitch } from './LocaleSwitch';
import { useLocaleSync, useSavedLocale } from './savedLocale';
import { activeNavKey, navItemsFor } from './navItems';

export interface ShellUser {
  name: string;
  role: Role;
}

export interface AppShellProps {
  user: ShellUser;
  children: ReactNode;
}

/** Below this width the side bar folds to icons by itself (antd's `lg`), as the antd Sider did. */
const NARROW_QUERY = '(max-width: 991.98px)';

function NavList({ compact, role, onNavigate }: { compact: boolean; role: Role; onNavigate?: () => void }) {
  const t = useT();
  const selected = activeNavKey(usePathname());
  return (
    <ul className={styles.navList}>
      {navItemsFor(role).map((item) => {
        const label = t(`nav.${item.key}`);
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              className={styles.navItem}
              aria-current={item.key === selected ? 'page' : undefined}
              title={compact ? label : undefined}
              onClick={onNavigate}
            >
              <Icon icon={item.icon} className={styles.navIcon} />
              <span className={compact ? styles.srOnly : styles.navLabel}>{label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The signed-in frame: side navigation (a drawer on phones), header with reminders, live state, language,
 * user and sign-out. Plain elements and a CSS module: which layout applies is decided by CSS media
 * queries, so the server's HTML is already right for a phone or a laptop.
 */
export function AppShell({ user, children }: AppShellProps) {
  const t = useT();
  const [, saveLocale] = useSavedLocale();
  useLocaleSync();
  const pathname = usePathname();
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const drawerId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLDivElement>(null);

  // Fold on narrow laptops and unfold on wide screens, as the screen changes (the user can still toggle).
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    setCollapsed(query.matches);
    const onChange = (event: MediaQueryListEvent) => setCollapsed(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  // A new page closes the phone drawer, however the navigation happened (link, back button, redirect).
  useEffect(() => setDrawerOpen(false), [pathname]);

  // The open drawer takes the focus and Escape; closing it gives the focus back to the menu button.
  useEffect(() => {
    if (!drawerOpen) return;
    const opener = menuButton.current;
    const links = drawer.current?.querySelector('nav');
    (links?.querySelector<HTMLElement>('a[aria-current="page"]') ?? links?.querySelector<HTMLElement>('a'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrawerOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [drawerOpen]);

  const brand = (compact: boolean) => (
    <Link href="/" className={styles.brand}>
      {compact ? t('app.name').slice(0, 2) : t('app.fullName')}
    </Link>
  );
  const toggleLabel = collapsed ? t('nav.expand') : t('nav.collapse');

  return (
    <div className={styles.shell}>
      <aside className={collapsed ? `${styles.sider} ${styles.siderCollapsed}` : styles.sider} data-testid="shell-sider">
        {brand(collapsed)}
        <nav aria-label={t('nav.menu')}>
          <NavList compact={collapsed} role={user.role} />
        </nav>
      </aside>
      {drawerOpen ? (
        <div className={styles.drawerRoot}>
          <div className={styles.mask} onClick={() => setDrawerOpen(false)} aria-hidden />
          <div
            ref={drawer}
            id={drawerId}
            className={styles.drawer}
            role="dialog"
            aria-modal="true"
            aria-label={t('nav.menu')}
            data-testid="shell-drawer"
          >
            {brand(false)}
            <nav aria-label={t('nav.menu')}>
              <NavList compact={false} role={user.role} onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </div>
        </div>
      ) : null}
      <div className={styles.main}>
        <header className={styles.header}>
          <button
            ref={menuButton}
            type="button"
            className={`${styles.iconButton} ${styles.phoneOnly}`}
            aria-label={t('nav.menu')}
            aria-expanded={drawerOpen}
            aria-controls={drawerOpen ? drawerId : undefined}
            onClick={() => setDrawerOpen(true)}
          >
            <Icon icon={MenuOutlined} />
          </button>
          <button
            type="button"
            className={`${styles.iconButton} ${styles.desktopOnly}`}
            aria-label={toggleLabel}
            title={toggleLabel}
            onClick={() => setCollapsed((c) => !c)}
          >
            <Icon icon={collapsed ? MenuUnfoldOutlined : MenuFoldOutlined} />
          </button>
          <div className={styles.headerEnd}>
            <NotificationBell />
            <LiveIndicator />
            <LocaleSwitch size="small" onChange={saveLocale} />
            <div className={styles.user} data-testid="shell-user">
              <Icon icon={UserOutlined} className={styles.avatar} />
              <span className={styles.userName} title={user.name}>
                {user.name}
              </span>
              <span className={`${styles.roleTag} ${styles.desktopOnly}`}>{t(`role.${user.role}`)}</span>
            </div>
            <button
              type="button"
              className={`kehu-button ${styles.signOut}`}
              onClick={() => void signOutAndGo()}
              aria-label={t('auth.signOut')}
              title={t('auth.signOut')}
            >
              <Icon icon={LogoutOutlined} />
              <span className={styles.desktopOnly}>{t('auth.signOut')}</span>
            </button>
          </div>
        </header>
        <main className={styles.content}>{children}</main>
      </div>
    </div>
  );
}
