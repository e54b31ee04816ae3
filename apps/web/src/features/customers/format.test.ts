import { formatMoney, isPositiveMoney } from './format';

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
