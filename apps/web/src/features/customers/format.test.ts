import { formatDate, formatDateTime, formatMoney, isPositiveMoney } from './format';

describe('formatMoney', () => {
  it('groups thousands and keeps two decimals without going through floats', () => {
    expect(formatMoney('12345.6')).toBe('¥12,345.60');
    expect(formatMoney('99999999999999.99')).toBe('¥99,999,999,999,999.99');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney('-1200.5')).toBe('-¥1,200.50');
    expect(formatMoney(null)).toBe('—');
  });
  it('tells a positive amount', () => {
    expect(isPositiveMoney('0.00')).toBe(false);
    expect(isPositiveMoney('0.01')).toBe(true);
    expect(isPositiveMoney('-5')).toBe(false);
  });
});

describe('formatDateTime / formatDate', () => {
  it('shows business time (Asia/Shanghai), whatever the browser zone', () => {
    expect(formatDateTime('2026-04-15T02:30:00.000Z')).toBe('2026-04-15 10:30');
    expect(formatDateTime('2026-12-31T23:59:59.999Z')).toBe('2027-01-01 07:59');
    expect(formatDateTime('2026-01-01T00:00:00+08:00')).toBe('2026-01-01 00:00');
    expect(formatDate('2026-12-31T17:00:00.000Z')).toBe('2027-01-01');
    expect(formatDateTime('2026-04-15')).toBe('2026-04-15');
    expect(formatDate('2026-04-15')).toBe('2026-04-15');
  });
  it('shows a dash for nothing', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
  });
});
