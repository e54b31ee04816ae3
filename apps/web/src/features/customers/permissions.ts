// What the signed-in user's role may do on the customer pages, to show only the actions that will work.
// The API decides (modules/access/permissions.ts); this mirrors its matrix (README "Roles and permissions")
// so a salesperson is not offered "合并" only to be told FORBIDDEN.
import type { Role } from '@/gql/schema';

export type CustomerAction =
  | 'customer.create'
  | 'customer.edit'
  | 'customer.delete'
  | 'customer.purge'
  | 'customer.restore'
  | 'customer.merge'
  | 'customer.share'
  | 'customer.reassign'
  | 'customer.recycleBin'
  | 'contact.edit'
  | 'followUp.create'
  | 'tag.edit'
  | 'pool.release'
  | 'pool.releaseOthers';

const SELLERS: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES'];
const MANAGERS: readonly Role[] = ['ADMIN', 'MANAGER'];

const MATRIX: Record<CustomerAction, readonly Role[]> = {
  'customer.create': SELLERS,
  'customer.edit': SELLERS,
  'customer.delete': SELLERS,
  'customer.purge': ['ADMIN'],
  'customer.restore': SELLERS,
  'customer.merge': MANAGERS,
  'customer.share': SELLERS,
  'customer.reassign': MANAGERS,
  // The recycleBin query itself is for admins and managers.
  'customer.recycleBin': MANAGERS,
  'contact.edit': SELLERS,
  'followUp.create': SELLERS,
  'tag.edit': SELLERS,
  'pool.release': SELLERS,
  'pool.releaseOthers': MANAGERS,
};

export function can(role: Role | undefined | null, action: CustomerAction): boolean {
  return !!role && MATRIX[action].includes(role);
}
