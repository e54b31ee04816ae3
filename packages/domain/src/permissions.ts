/**
 * The permission matrix: which roles may do what. The one rule book: the API enforces it
 * (apps/api/src/modules/access/permissions.ts) and the web shows a control only when it allows it
 * (import '@kehu/domain/permissions': this module has no dependencies, so the browser does not load the
 * package's search dictionary with it). The README's "Roles and permissions" table is `permissionTable()`.
 * Which *records* a user may touch is the data scope's business (the API's customer-scope.ts).
 */
import type { Role } from './customer-enums.js';

/** Roles in the README table's column order. */
export const PERMISSION_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES', 'SERVICE'];

export const PERMISSIONS = {
  'customer.create': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.edit': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.delete': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.purge': ['ADMIN'],
  'customer.restore': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.deactivate': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.merge': ['ADMIN', 'MANAGER'],
  'customer.share': ['ADMIN', 'MANAGER', 'SALES'],
  'customer.reassign': ['ADMIN', 'MANAGER'],
  'customer.export': ['ADMIN', 'MANAGER'],
  'contact.edit': ['ADMIN', 'MANAGER', 'SALES'],
  'followUp.create': ['ADMIN', 'MANAGER', 'SALES'],
  'tag.edit': ['ADMIN', 'MANAGER', 'SALES'],
  'pool.claim': ['ADMIN', 'MANAGER', 'SALES'],
  'pool.release': ['ADMIN', 'MANAGER', 'SALES'],
  'pool.reclaim': ['ADMIN'],
  'pool.releaseOthers': ['ADMIN', 'MANAGER'],
  'pool.configure': ['ADMIN'],
  'deal.edit': ['ADMIN', 'MANAGER', 'SALES'],
  'contract.approve': ['ADMIN', 'MANAGER'],
  'payment.record': ['ADMIN', 'MANAGER', 'SALES'],
  'product.manage': ['ADMIN'],
  'settings.manage': ['ADMIN'],
  'task.create': ['ADMIN', 'MANAGER', 'SALES', 'SERVICE'],
  'visit.plan': ['ADMIN', 'MANAGER', 'SALES', 'SERVICE'],
  'customFields.manage': ['ADMIN'],
  'users.manage': ['ADMIN'],
  'integrations.manage': ['ADMIN'],
  'forecast.view': ['ADMIN', 'MANAGER', 'SALES'],
  'target.set': ['ADMIN', 'MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Permissions an admin can grant to a single user on top of the role's (e.g. export for one salesperson). */
export interface UserGrants {
  canExport?: boolean;
}

/** Whether a user with `role` (and these grants) may do `permission`. No role (signed out) may do nothing. */
export function roleCan(role: Role | null | undefined, permission: Permission, grants?: UserGrants | null): boolean {
  if (!role) return false;
  if (permission === 'customer.export' && grants?.canExport) return true;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** What each permission allows, for the README table (`permissionTable()`); a new row adds a line here. */
export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'customer.create': 'create customers (owned by yourself; managers may name someone in their team)',
  'customer.edit': 'edit customers in your edit scope',
  'customer.delete': 'move customers in your edit scope to the recycle bin',
  'customer.purge': 'delete a customer in the recycle bin for good',
  'customer.restore': 'restore from the recycle bin',
  'customer.deactivate': 'deactivate / reactivate a customer',
  'customer.merge': 'merge duplicate customers',
  'customer.share': 'share customers you control with colleagues',
  'customer.reassign': 'move customers between salespeople (managers: within their team)',
  'customer.export': 'export lists and reports to Excel/PDF, every export audited (admins can grant it to single users)',
  'contact.edit': 'add and edit contacts',
  'followUp.create': 'record follow-ups',
  'tag.edit': 'tag customers; delete a tag when every customer carrying it is in your edit scope',
  'pool.claim': 'claim a customer from the public pool (公海)',
  'pool.release': 'release your own customer to the pool',
  'pool.reclaim': 'run the pool reclaim by hand',
  'pool.releaseOthers': "release a subordinate's customer to the pool",
  'pool.configure': 'set the pool rules',
  'deal.edit': 'create and edit opportunities and contracts of customers in your edit scope',
  'contract.approve': 'approve or reject contracts',
  'payment.record': 'record payment plans and receipts',
  'product.manage': 'maintain the product catalogue',
  'settings.manage': 'change system settings (incl. reminder settings, notification channels and their test send, delivery log)',
  'task.create': 'create tasks (for yourself or a colleague)',
  'visit.plan': 'plan and record return visits (回访)',
  'customFields.manage': 'define custom fields',
  'users.manage': 'create, edit, deactivate and unlock users; grant export',
  'integrations.manage': 'create and revoke API keys, subscribe webhook endpoints',
  'forecast.view': 'see the sales forecast and targets (销售预测) of the people in your scope',
  'target.set': 'set sales targets (managers: for their team and the people in it; the company target: admins)',
};

/** The permission matrix as a Markdown table: the README's "Roles and permissions" section is this text. */
export function permissionTable(): string {
  const lines = [
    `| permission | ${PERMISSION_ROLES.join(' | ')} | what it allows |`,
    `| --- | ${PERMISSION_ROLES.map(() => ':---:').join(' | ')} | --- |`,
  ];
  for (const permission of PERMISSION_NAMES) {
    const roles: readonly Role[] = PERMISSIONS[permission];
    const cells = PERMISSION_ROLES.map((r) => (roles.includes(r) ? '✓' : permission === 'customer.export' ? 'grant' : ''));
    lines.push(`| \`${permission}\` | ${cells.join(' | ')} | ${PERMISSION_DESCRIPTIONS[permission]} |`);
  }
  return lines.join('\n');
}
