import { creditRating, overdueDays } from './credit-rating';

describe('creditRating', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [30, 'B'],
    [31, 'C'],
    [365, 'C'],
    [0.5, 'B'],
    [30.5, 'C'],
  ])('%d days overdue -> %s', (days, rating) => {
    expect(creditRating(days)).toBe(rating);
  });

  it('rates A when nothing is receivable', () => {
    expect(creditRating(null)).toBe('A');
    expect(creditRating(undefined)).toBe('A');
  });

  it('refuses nonsense input', () => {
    expect(() => creditRating(-1)).toThrow(RangeError);
    expect(() => creditRating(NaN)).toThrow(RangeError);
    expect(() => creditRating(Infinity)).toThrow(RangeError);
  });
});

describe('overdueDays', () => {
  it('counts whole business days after the due date', () => {
    expect(overdueDays('2026-03-10', '2026-03-10')).toBe(0);
    expect(overdueDays('2026-03-10', '2026-03-09')).toBe(0);
    expect(overdueDays('2026-03-10', '2026-03-11')).toBe(1);
    expect(overdueDays('2025-12-31', '2026-01-31')).toBe(31);
    expect(creditRating(overdueDays('2025-12-31', '2026-01-31'))).toBe('C');
  });
});
