import { gradeFactorProblems, gradeFor, monthsBefore } from './grading-factors';

const base = { amount12m: '150000.00', firstOrderDate: '2024-01-15', credit: 'A' as const, today: '2026-06-15' };

describe('gradeFor: amount, tenure and credit', () => {
  it('by default is the amount alone (the factors are off)', () => {
    const d = gradeFor(base);
    expect(d).toMatchObject({ grade: 'IMPORTANT', base: 'IMPORTANT', tenureUp: false, creditDown: false });
    expect(d.reason).toBe('近 12 个月签约 ¥150,000.00 → 重要 = 重要');
    expect(gradeFor({ ...base, credit: 'C' }).grade).toBe('IMPORTANT');
  });

  it('moves up one grade after the tenure months, counted in calendar months from the first order', () => {
    const factors = { tenureMonths: 24, minCredit: 'C' as const };
    expect(gradeFor({ ...base, firstOrderDate: '2024-06-15' }, undefined, factors)).toMatchObject({ grade: 'VIP', tenureUp: true });
    expect(gradeFor({ ...base, firstOrderDate: '2024-06-16' }, undefined, factors)).toMatchObject({ grade: 'IMPORTANT', tenureUp: false });
    expect(gradeFor({ ...base, firstOrderDate: null }, undefined, factors).tenureUp).toBe(false);
    const vip = gradeFor({ ...base, amount12m: '900000.00' }, undefined, factors);
    expect(vip.grade).toBe('VIP'); // never above VIP
    expect(gradeFor(base, undefined, factors).reasonEn).toBe(
      'Signed ¥150,000.00 in 12 months → Important; customer since 2024-01-15 (24+ months), up one grade = VIP',
    );
  });

  it('moves down one grade when the credit is worse than the minimum', () => {
    const factors = { tenureMonths: 0, minCredit: 'A' as const };
    const d = gradeFor({ ...base, credit: 'B' }, undefined, factors);
    expect(d).toMatchObject({ grade: 'NORMAL', creditDown: true });
    expect(d.reason).toBe('近 12 个月签约 ¥150,000.00 → 重要; 信用 B 级低于 A 级, 降一级 = 普通');
    expect(gradeFor({ ...base, credit: 'B' }, undefined, { tenureMonths: 0, minCredit: 'B' }).grade).toBe('IMPORTANT');
    expect(gradeFor({ ...base, amount12m: '10.00', credit: 'C' }, undefined, factors).grade).toBe('POTENTIAL'); // never below
  });

  it('both factors together cancel out', () => {
    expect(gradeFor({ ...base, credit: 'C' }, undefined, { tenureMonths: 12, minCredit: 'B' }).grade).toBe('IMPORTANT');
  });

  it('validates the factors and clamps month ends', () => {
    expect(gradeFactorProblems({ tenureMonths: -1, minCredit: 'D' as never }).map((p) => p.field)).toEqual(['tenureMonths', 'minCredit']);
    expect(gradeFactorProblems({ tenureMonths: 36, minCredit: 'B' })).toEqual([]);
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});
