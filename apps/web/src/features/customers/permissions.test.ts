// One rule book: for every role and every permission the web's answer is the API's. The API's own modules
// are loaded from its sources (require: the web's type-check does not compile the API).
import { PERMISSION_NAMES, PERMISSION_ROLES } from '@kehu/domain/permissions';
import { can, VIEW_PERMISSIONS } from './permissions';

type ApiUser = { id: string; role: (typeof PERMISSION_ROLES)[number]; canExport?: boolean };
const api = require('../../../../api/src/modules/access/permissions') as { can: (u: ApiUser, p: string) => boolean };
const scope = require('../../../../api/src/modules/access/customer-scope') as {
  editableCustomerSql: (u: ApiUser, alias: string, params: unknown) => string;
};
const { SqlParams } = require('../../../../api/src/db/sql') as { SqlParams: new () => unknown };
const ID = '00000000-0000-4000-8000-000000000001';

describe('the web shows what the API allows', () => {
  it.each(PERMISSION_ROLES)('%s: every permission of the matrix', (role) => {
    for (const p of PERMISSION_NAMES) {
      expect({ p, web: can(role, p) }).toEqual({ p, web: api.can({ id: ID, role }, p) });
      expect({ p, web: can(role, p, { canExport: true }) }).toEqual({ p, web: api.can({ id: ID, role, canExport: true }, p) });
    }
  });

  it.each(PERMISSION_ROLES)('%s: the recycle bin is offered exactly when the API lists deleted customers to restore', (role) => {
    // The API serves recycleBin to everyone, filtered by the edit scope: SERVICE's is always empty.
    const listsSome = scope.editableCustomerSql({ id: ID, role }, 'c', new SqlParams()) !== 'FALSE';
    expect(can(role, 'customer.recycleBin')).toBe(listsSome);
    expect(can(role, 'customer.recycleBin')).toBe(api.can({ id: ID, role }, VIEW_PERMISSIONS['customer.recycleBin']));
  });

  it('SERVICE sees neither import nor money, SALES has no 下属客户, and nobody signed out sees anything', () => {
    expect(can('SERVICE', 'customer.import')).toBe(false);
    expect(can('SERVICE', 'payment.record')).toBe(false);
    expect(can('SERVICE', 'customer.export')).toBe(false);
    expect(can('SERVICE', 'customer.export', { canExport: true })).toBe(true);
    expect(can('SALES', 'customer.teamList')).toBe(false);
    expect(can('MANAGER', 'customer.teamList')).toBe(true);
    expect(can('SALES', 'customer.recycleBin')).toBe(true);
    for (const p of PERMISSION_NAMES) expect(can(null, p)).toBe(false);
  });
});
