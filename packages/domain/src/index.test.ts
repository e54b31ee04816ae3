import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as domain from './index';

// Every source file of the package, read from the folder (not a hand-kept list): a new module that the entry
// point forgets to re-export fails here.
const modules = readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts') && f !== 'index.ts')
  .map((f) => path.basename(f, '.ts'));

describe('package entry point', () => {
  it('finds the modules it checks', () => {
    expect(modules).toEqual(expect.arrayContaining(['money', 'permissions', 'customer-enums', 'business-time']));
  });

  it.each(modules)('re-exports every export of %s, as the same value', (name) => {
    const mod = require(`./${name}`) as Record<string, unknown>;
    const exported = Object.keys(mod).filter((k) => k !== '__esModule');
    expect(exported.length).toBeGreaterThan(0);
    for (const key of exported) {
      expect(domain).toHaveProperty([key]);
      expect((domain as Record<string, unknown>)[key]).toBe(mod[key]);
    }
  });

  it('exposes enums as plain objects usable by registerEnumType', () => {
    expect(domain.FollowUpMethod).toEqual({ PHONE: 'PHONE', WECHAT: 'WECHAT', VISIT: 'VISIT', EMAIL: 'EMAIL', OTHER: 'OTHER' });
  });
});
