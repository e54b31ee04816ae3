import { roleCan, type Permission } from '@kehu/domain/permissions';
import AccountBookOutlined from '@ant-design/icons-svg/es/asn/AccountBookOutlined';
import BarChartOutlined from '@ant-design/icons-svg/es/asn/BarChartOutlined';
import BellOutlined from '@ant-design/icons-svg/es/asn/BellOutlined';
import CarryOutOutlined from '@ant-design/icons-svg/es/asn/CarryOutOutlined';
import CustomerServiceOutlined from '@ant-design/icons-svg/es/asn/CustomerServiceOutlined';
import FileTextOutlined from '@ant-design/icons-svg/es/asn/FileTextOutlined';
import FundOutlined from '@ant-design/icons-svg/es/asn/FundOutlined';
import HomeOutlined from '@ant-design/icons-svg/es/asn/HomeOutlined';
import InboxOutlined from '@ant-design/icons-svg/es/asn/InboxOutlined';
import RiseOutlined from '@ant-design/icons-svg/es/asn/RiseOutlined';
import SettingOutlined from '@ant-design/icons-svg/es/asn/SettingOutlined';
import TeamOutlined from '@ant-design/icons-svg/es/asn/TeamOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';

export type NavKey =
  | 'home'
  | 'customers'
  | 'pool'
  | 'deals'
  | 'forecast'
  | 'contracts'
  | 'receipts'
  | 'reminders'
  | 'tasks'
  | 'visits'
  | 'reports'
  | 'settings';

export interface NavItem {
  key: NavKey;
  href: string;
  /** Drawn with `<Icon>` (lib/ui): the shell loads no icon runtime. */
  icon: IconDefinition;
  /** Shown only to roles the permission matrix (@kehu/domain/permissions) allows it; the API checks again. */
  permission?: Permission;
}

/** The side navigation, in order. Labels come from the dictionary (`nav.<key>`). */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'home', href: '/', icon: HomeOutlined },
  { key: 'customers', href: '/customers', icon: TeamOutlined },
  { key: 'pool', href: '/pool', icon: InboxOutlined },
  { key: 'deals', href: '/deals', icon: FundOutlined },
  { key: 'forecast', href: '/forecast', icon: RiseOutlined, permission: 'forecast.view' },
  { key: 'contracts', href: '/contracts', icon: FileTextOutlined },
  { key: 'receipts', href: '/receipts', icon: AccountBookOutlined },
  { key: 'reminders', href: '/reminders', icon: BellOutlined },
  { key: 'tasks', href: '/tasks', icon: CarryOutOutlined },
  { key: 'visits', href: '/visits', icon: CustomerServiceOutlined },
  { key: 'reports', href: '/reports', icon: BarChartOutlined },
  { key: 'settings', href: '/settings', icon: SettingOutlined },
];

/** The entries a role may see (those without a permission are for everyone). */
export function navItemsFor(role: Parameters<typeof roleCan>[0]): readonly NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || roleCan(role, item.permission));
}

/** The nav entry a path belongs to (`/customers/42` -> customers). */
export function activeNavKey(pathname: string | null | undefined): NavKey | undefined {
  if (!pathname) return undefined;
  if (pathname === '/') return 'home';
  return NAV_ITEMS.find((item) => item.href !== '/' && (pathname === item.href || pathname.startsWith(`${item.href}/`)))?.key;
}
