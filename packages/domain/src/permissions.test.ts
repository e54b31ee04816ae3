import { PERMISSION_NAMES, PERMISSIONS, permissionTable, roleCan } from './permissions';

describe('permission matrix', () => {
  it('lets nobody without a role do anything, and grants export to a single user', () => {
    for (const p of PERMISSION_NAMES) expect({ p, can: roleCan(null, p) }).toEqual({ p, can: false });
    expect(roleCan('SALES', 'customer.export')).toBe(false);
    expect(roleCan('SALES', 'customer.export', { canExport: true })).toBe(true);
    // The grant is for export only.
    expect(roleCan('SERVICE', 'customer.create', { canExport: true })).toBe(false);
  });

  it('keeps SERVICE away from imports (customer.create) and money (payment.record), and SALES from team actions', () => {
    expect(roleCan('SERVICE', 'customer.create')).toBe(false);
    expect(roleCan('SERVICE', 'payment.record')).toBe(false);
    expect(roleCan('SALES', 'pool.releaseOthers')).toBe(false);
    expect(roleCan('SALES', 'customer.restore')).toBe(true);
    expect(roleCan('ADMIN', 'customer.purge')).toBe(true);
  });

  it('renders one table row per permission', () => {
    const rows = permissionTable().split('\n').slice(2);
    expect(rows).toHaveLength(Object.keys(PERMISSIONS).length);
    expect(rows[0]).toBe(
      '| `customer.create` | ✓ | ✓ | ✓ |  | create customers (owned by yourself; managers may name someone in their team) |',
    );
  });
});
