import { roleCan, type Permission, type UserGrants } from '@kehu/domain/permissions';
import type { User } from '../users/user.entity';
import { forbidden, msg } from '../../graphql/errors';

/**
 * The permission matrix (which roles may do what) lives in @kehu/domain/permissions, the one rule book the
 * web app reads too; this module enforces it. The README's table is `permissionTable()`.
 * Which *records* a user may touch is the data scope's business (customer-scope.ts); this is about actions.
 */
export { PERMISSIONS, PERMISSION_DESCRIPTIONS, permissionTable, type Permission, type UserGrants } from '@kehu/domain/permissions';

export function can(user: Pick<User, 'role'> & UserGrants, permission: Permission): boolean {
  return roleCan(user.role, permission, user);
}

export function assertCan(user: Pick<User, 'role'> & UserGrants, permission: Permission): void {
  if (!can(user, permission)) throw forbidden(msg('common.roleForbidden'), { permission });
}
