import {
  MONEY_MAX,
  MONEY_MAX_FEN,
  MoneyFormatError,
  addMoney,
  compareMoney,
  formatMoney,
  fenToMoney,
  isNonNegativeMoney,
  moneyProblem,
  moneyProblemMessage,
  moneyToFen,
  normalizeMoney,
  parseMoney,
  percentOfMoney,
  subtractMoney,
  sumMoney,
  tryParseMoney,
  validateMoney,
} from './money';

describe('parseMoney', () => {
  it.each([
    ['12', 1200n],
    ['12.3', 1230n],
    ['12.34', 1234n],
    ['0', 0n],
    ['0.01', 1n],
    ['007.5', 750n],
    ['-12.3', -1230n],
    ['-0', 0n],
    [' 5.00 ', 500n],
    ['999999999999.99', 99999999999999n],
    ['12345678901234567890.12', 1234567890123456789012n], // no range limit in the parser
  ])('%j -> %s fen', (input, fen) => {
    expect(parseMoney(input)).toBe(fen);
  });

  it.each(['', ' ', '12.345', '1e5', '1E2', 'NaN', 'Infinity', 'abc', '12.', '.5', '+12', '1,234.00', '12 .3', '--1', '0x10', '１２'])(
    'rejects %j',
    (input) => {
      expect(() => parseMoney(input)).toThrow(MoneyFormatError);
      expect(tryParseMoney(input)).toBeNull();
    },
  );

  it('carries a stable code', () => {
    try {
      parseMoney('x');
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as MoneyFormatError).code).toBe('INVALID_MONEY');
    }
  });
});

describe('formatMoney', () => {
  it('always writes two decimals', () => {
    expect(formatMoney(1230n)).toBe('12.30');
    expect(formatMoney(0n)).toBe('0.00');
    expect(formatMoney(5n)).toBe('0.05');
    expect(formatMoney(-5n)).toBe('-0.05');
    expect(formatMoney(-123456n)).toBe('-1234.56');
    expect(formatMoney(MONEY_MAX_FEN)).toBe(MONEY_MAX);
  });

  it('round-trips through parseMoney', () => {
    for (const s of ['0.00', '1.01', '-7.10', '999999999999.99']) expect(formatMoney(parseMoney(s))).toBe(s);
    expect(normalizeMoney('12.3')).toBe('12.30');
    expect(normalizeMoney(' 12800 ')).toBe('12800.00');
    expect(normalizeMoney('12.345')).toBeNull();
    expect(moneyToFen('0.1')).toBe(10n);
    expect(moneyToFen('1e5')).toBeNull();
    expect(fenToMoney(-12345n)).toBe('-123.45');
  });
});

describe('arithmetic without floats', () => {
  it('adds exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney('0.1', '0.2')).toBe('0.30');
    expect(addMoney('999999999999.99', '0.01')).toBe('1000000000000.00');
    expect(subtractMoney('100', '100.01')).toBe('-0.01');
    expect(sumMoney(['1.10', '2.20', '3.30'])).toBe('6.60');
    expect(sumMoney([])).toBe('0.00');
  });

  it('compares numerically, not as text', () => {
    expect(compareMoney('10', '9.99')).toBe(1);
    expect(compareMoney('9.9', '9.90')).toBe(0);
    expect(compareMoney('-1', '0')).toBe(-1);
    expect(['100', '20.5', '3'].sort(compareMoney)).toEqual(['3', '20.5', '100']);
  });

  it('computes a percentage rounded half away from zero', () => {
    expect(percentOfMoney('1000.00', 60)).toBe('600.00');
    expect(percentOfMoney('0.05', 50)).toBe('0.03'); // 2.5 fen -> 3
    expect(percentOfMoney('0.01', 40)).toBe('0.00'); // 0.4 fen -> 0
    expect(percentOfMoney('-0.05', 50)).toBe('-0.03');
    expect(percentOfMoney('999999999999.99', 100)).toBe('999999999999.99');
    expect(() => percentOfMoney('1', 101)).toThrow();
    expect(() => percentOfMoney('1', 33.5)).toThrow();
  });
});

describe('isNonNegativeMoney', () => {
  it('accepts zero and positive, refuses negative and garbage', () => {
    expect(isNonNegativeMoney('0')).toBe(true);
    expect(isNonNegativeMoney('1.5')).toBe(true);
    expect(isNonNegativeMoney('-0.01')).toBe(false);
    expect(isNonNegativeMoney('abc')).toBe(false);
  });
});

describe('validateMoney', () => {
  it('accepts ordinary amounts', () => {
    expect(validateMoney('12.34')).toBeNull();
    expect(validateMoney('0')).toBeNull();
    expect(validateMoney(MONEY_MAX)).toBeNull();
  });

  it('explains each problem in Chinese', () => {
    expect(validateMoney('')).toBe('请输入金额');
    expect(validateMoney(null, { label: '合同金额' })).toBe('请输入合同金额');
    expect(validateMoney('1.234')).toMatch(/最多两位小数/);
    expect(validateMoney('1e3')).toMatch(/格式不正确/);
    expect(validateMoney('-1')).toBe('金额不能为负数');
    expect(validateMoney('0', { min: '0.01' })).toBe('金额不能小于 0.01');
    expect(validateMoney('1000000000000')).toBe('金额不能超过 999999999999.99');
    expect(validateMoney('101', { max: '100' })).toBe('金额不能超过 100.00');
  });

  it('allows negatives on request but keeps them inside numeric(14,2)', () => {
    expect(validateMoney('-1', { allowNegative: true })).toBeNull();
    expect(validateMoney('-1000000000000', { allowNegative: true })).toMatch(/不能小于/);
  });

  it('never lets a caller max exceed the column range', () => {
    expect(validateMoney('1000000000000', { max: '99999999999999' })).toBe('金额不能超过 999999999999.99');
  });
});

describe('moneyProblem', () => {
  it('classifies input amounts, positive by default', () => {
    expect(moneyProblem('12.50')).toBeNull();
    expect(moneyProblem('abc')).toBe('INVALID');
    expect(moneyProblem('1.001')).toBe('INVALID');
    expect(moneyProblem('-0.01')).toBe('NEGATIVE');
    expect(moneyProblem('0')).toBe('ZERO');
    expect(moneyProblem('0.00', { allowZero: true })).toBeNull();
    expect(moneyProblem('-5', { allowNegative: true })).toBeNull();
    expect(moneyProblem('999999999999.99')).toBeNull();
    expect(moneyProblem('1000000000000')).toBe('TOO_LARGE');
    expect(moneyProblem('-1000000000000', { allowNegative: true })).toBe('TOO_LARGE');
  });

  it('has a message for every problem', () => {
    expect(moneyProblemMessage('合同金额', 'NEGATIVE')).toBe('合同金额不能为负数 (must not be negative)');
    for (const p of ['INVALID', 'NEGATIVE', 'ZERO', 'TOO_LARGE'] as const) expect(moneyProblemMessage('金额', p)).toMatch(/^金额/);
  });
});
