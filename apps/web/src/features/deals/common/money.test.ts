import { addMoney, fenToMoney, isPositiveMoney, moneyLte, toFen } from './money';

describe('exact money', () => {
  it('parses and prints fen', () => {
    expect(toFen('1234.5')).toBe(123450n);
    expect(toFen('0.01')).toBe(1n);
    expect(toFen('12.345')).toBeNull();
    expect(toFen('abc')).toBeNull();
    expect(fenToMoney(-5n)).toBe('-0.05');
  });

  it('adds without float drift', () => {
    expect(addMoney(['0.10', '0.20'])).toBe('0.30');
    expect(addMoney(['99999999999.99', '0.01', null])).toBe('100000000000.00');
  });

  it('validates and compares amounts', () => {
    expect(isPositiveMoney('10')).toBe(true);
    expect(isPositiveMoney('0')).toBe(false);
    expect(isPositiveMoney('1.234')).toBe(false);
    expect(moneyLte('10.00', '10')).toBe(true);
    expect(moneyLte('10.01', '10')).toBe(false);
  });
});
