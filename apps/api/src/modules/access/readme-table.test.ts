import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { permissionTable, PERMISSIONS, PERMISSION_DESCRIPTIONS } from './permissions';

/** The README's "Roles and permissions" table is the matrix in permissions.ts, rendered by permissionTable(). */
it('README shows the permission matrix as it is in permissions.ts', () => {
  const readme = readFileSync(join(__dirname, '../../../../../README.md'), 'utf8');
  const table = permissionTable();
  if (!readme.includes(table)) {
    throw new Error(`README.md "Roles and permissions" is out of date; replace its table with:\n\n${table}\n`);
  }
  for (const p of Object.keys(PERMISSIONS))
    expect({ p, described: !!PERMISSION_DESCRIPTIONS[p as keyof typeof PERMISSIONS] }).toEqual({ p, described: true });
});
