// What the signed-in user's role may do, to show only the actions that will work. The rule book is
// @kehu/domain/permissions, the matrix the API enforces (README "Roles and permissions"); this adds only the
// customer pages' own views, each named after the API permission that decides it.
import { roleCan, type Permission, type UserGrants } from '@kehu/domain/permissions';
import type { Role } from '@/gql/schema';

export const VIEW_PERMISSIONS = {
  // The API serves the recycle bin to everyone: it lists the deleted customers you may restore.
  'customer.recycleBin': 'customer.restore',
  // 导入 creates customers (the API checks customer.create for a customer import).
  'customer.import': 'customer.create',
  // 下属客户: customers of people below you, the ones a manager acts on (releases, reassigns).
  'customer.teamList': 'pool.releaseOthers',
} as const satisfies Record<string, Permission>;

export type CustomerAction = Permission | keyof typeof VIEW_PERMISSIONS;

export function can(role: Role | undefined | null, action: CustomerAction, grants?: UserGrants | null): boolean {
  const permission: Permission =
    action in VIEW_PERMISSIONS ? VIEW_PERMISSIONS[action as keyof typeof VIEW_PERMISSIONS] : (action as Permission);
  return roleCan(role, permission, grants);
}
