import { normalizeCompanyName } from '@kehu/domain';
import { benchCompanyName } from './seed';

describe('benchCompanyName', () => {
  it('gives 100,000 customers 100,000 different normalised names (the live name key is unique)', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 100_000; i++) keys.add(normalizeCompanyName(benchCompanyName(i)));
    expect(keys.size).toBe(100_000);
  });
});
