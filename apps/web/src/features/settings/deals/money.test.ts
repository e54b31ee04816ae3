import { thresholdsInOrder, toCents } from './money';

describe('money thresholds', () => {
  it('reads decimal strings as cents without floats', () => {
    expect(toCents('500000')).toBe(50000000n);
    expect(toCents('0.1')).toBe(10n);
    expect(toCents('12.34')).toBe(1234n);
    expect(toCents('1.234')).toBeUndefined();
    expect(toCents('-1')).toBeUndefined();
    expect(toCents('')).toBeUndefined();
  });

  it('needs VIP > important > normal > 0', () => {
    expect(thresholdsInOrder('500000', '100000', '10000')).toBe(true);
    expect(thresholdsInOrder('100000', '100000', '10000')).toBe(false);
    expect(thresholdsInOrder('500000', '100000.01', '100000')).toBe(true);
    expect(thresholdsInOrder('500000', '100000', '0')).toBe(false);
  });
});
