import {
  DEFAULT_GRADE_THRESHOLDS,
  GRADING_WINDOW_MONTHS,
  followUpCadenceDays,
  gradeForAmount,
  gradeThresholdProblems,
  validateGradeThresholds,
} from './grading';
import { CUSTOMER_GRADES, CustomerGrade } from './customer-enums';

describe('gradeForAmount', () => {
  it.each([
    ['0', 'POTENTIAL'],
    ['9999.99', 'POTENTIAL'],
    ['10000', 'NORMAL'],
    ['99999.99', 'NORMAL'],
    ['100000', 'IMPORTANT'],
    ['500000.00', 'IMPORTANT'],
    ['500000.01', 'VIP'],
    ['999999999999.99', 'VIP'],
    ['-100', 'POTENTIAL'],
  ])('%s -> %s', (amount, grade) => {
    expect(gradeForAmount(amount)).toBe(grade);
  });

  it('uses custom thresholds', () => {
    const t = { vip: '1000', important: '100', normal: '10' };
    expect(gradeForAmount('1000.01', t)).toBe('VIP');
    expect(gradeForAmount('1000', t)).toBe('IMPORTANT');
    expect(gradeForAmount('10', t)).toBe('NORMAL');
    expect(gradeForAmount('9.99', t)).toBe('POTENTIAL');
  });

  it('refuses non-money input', () => {
    expect(() => gradeForAmount('5e5')).toThrow();
  });

  it('looks back twelve months', () => {
    expect(GRADING_WINDOW_MONTHS).toBe(12);
  });
});

describe('gradeThresholdProblems', () => {
  it('accepts the defaults', () => {
    expect(gradeThresholdProblems(DEFAULT_GRADE_THRESHOLDS)).toEqual([]);
    expect(validateGradeThresholds({ vip: '0.03', important: '0.02', normal: '0.01' })).toEqual([]);
  });

  it('requires strictly descending thresholds', () => {
    expect(gradeThresholdProblems({ vip: '100000', important: '100000', normal: '10000' })).toEqual([
      { field: 'vip', message: 'VIP 阈值必须高于重要客户阈值 100000.00 (vip must be above important)' },
    ]);
    expect(gradeThresholdProblems({ vip: '500000', important: '5000', normal: '10000' }).map((e) => e.field)).toEqual(['important']);
  });

  it('requires valid, positive amounts', () => {
    const errors = gradeThresholdProblems({ vip: 'abc', important: '-1', normal: '0' });
    expect(errors.map((e) => e.field)).toEqual(['vip', 'important', 'normal']);
    expect(gradeThresholdProblems({ vip: '1.234', important: '1', normal: '0.5' })[0].field).toBe('vip');
    expect(gradeThresholdProblems({ vip: '1000000000000', important: '1', normal: '0.5' })[0].message).toMatch(/too large/);
  });
});

describe('followUpCadenceDays', () => {
  it('follows the source table', () => {
    expect(CUSTOMER_GRADES.map(followUpCadenceDays)).toEqual([7, 15, 30, 90]);
    expect(() => followUpCadenceDays('GOLD' as CustomerGrade)).toThrow(RangeError);
  });
});
