import {
  AccountBookOutlined,
  BarChartOutlined,
  BellOutlined,
  CarryOutOutlined,
  FileTextOutlined,
  FundOutlined,
  HomeOutlined,
  InboxOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavKey =
  | 'home'
  | 'customers'
  | 'pool'
  | 'deals'
  | 'contracts'
  | 'receipts'
  | 'reminders'
  | 'tasks'
  | 'reports'
  | 'settings';

export interface NavItem {
  key: NavKey;
  href: string;
  icon: ReactNode;
}

/** The side navigation, in order. Labels come from the dictionary (`nav.<key>`). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', href: '/', icon: <HomeOutlined /> },
  { key: 'customers', href: '/customers', icon: <TeamOutlined /> },
  { key: 'pool', href: '/pool', icon: <InboxOutlined /> },
  { key: 'deals', href: '/deals', icon: <FundOutlined /> },
  { key: 'contracts', href: '/contracts', icon: <FileTextOutlined /> },
  { key: 'receipts', href: '/receipts', icon: <AccountBookOutlined /> },
  { key: 'reminders', href: '/reminders', icon: <BellOutlined /> },
  { key: 'tasks', href: '/tasks', icon: <CarryOutOutlined /> },
  { key: 'reports', href: '/reports', icon: <BarChartOutlined /> },
  { key: 'settings', href: '/settings', icon: <SettingOutlined /> },
];

/** The nav entry a path belongs to (`/customers/42` -> customers). */
export function activeNavKey(pathname: string | null | undefined): NavKey | undefined {
  if (!pathname) return undefined;
  if (pathname === '/') return 'home';
  return NAV_ITEMS.find((item) => item.href !== '/' && (pathname === item.href || pathname.startsWith(`${item.href}/`)))?.key;
}
