import { addPeriods, COMMIT_STAGES, forecastCoverage, isPeriodStart, periodLabel, periodLastDay, periodStartOf } from './sales-forecast';

describe('sales periods', () => {
  it('snaps a date to its month, quarter and year', () => {
    expect(periodStartOf('2026-05-17', 'MONTH')).toBe('2026-05-01');
    expect(periodStartOf('2026-05-17', 'QUARTER')).toBe('2026-04-01');
    expect(periodStartOf('2026-12-31', 'QUARTER')).toBe('2026-10-01');
    expect(periodStartOf('2026-05-17', 'YEAR')).toBe('2026-01-01');
  });
  it('steps periods across years and knows their last day', () => {
    expect(addPeriods('2026-11-01', 'MONTH', 2)).toBe('2027-01-01');
    expect(addPeriods('2026-01-01', 'QUARTER', -1)).toBe('2025-10-01');
    expect(periodLastDay('2028-02-01', 'MONTH')).toBe('2028-02-29');
    expect(periodLastDay('2026-10-01', 'QUARTER')).toBe('2026-12-31');
    expect(periodLastDay('2026-01-01', 'YEAR')).toBe('2026-12-31');
  });
  it('checks period starts and labels them', () => {
    expect(isPeriodStart('2026-04-01', 'QUARTER')).toBe(true);
    expect(isPeriodStart('2026-05-01', 'QUARTER')).toBe(false);
    expect(isPeriodStart('2026-05-02', 'MONTH')).toBe(false);
    expect(isPeriodStart('nonsense', 'MONTH')).toBe(false);
    expect(periodLabel('2026-04-01', 'QUARTER')).toBe('2026-Q2');
    expect(periodLabel('2026-04-01', 'MONTH')).toBe('2026-04');
    expect(periodLabel('2026-01-01', 'YEAR')).toBe('2026');
  });
});

describe('forecast coverage', () => {
  const f = { commit: '100.00', weighted: '150.00', bestCase: '300.00' };
  it('says which forecast covers the gap, most certain first', () => {
    expect(COMMIT_STAGES).toEqual(['PROPOSAL', 'NEGOTIATION']);
    expect(forecastCoverage({ ...f, target: null, gap: null })).toBe('NO_TARGET');
    expect(forecastCoverage({ ...f, target: '500.00', gap: '0.00' })).toBe('MET');
    expect(forecastCoverage({ ...f, target: '500.00', gap: '100.00' })).toBe('COMMIT');
    expect(forecastCoverage({ ...f, target: '500.00', gap: '100.01' })).toBe('WEIGHTED');
    expect(forecastCoverage({ ...f, target: '500.00', gap: '300.00' })).toBe('BEST_CASE');
    expect(forecastCoverage({ ...f, target: '500.00', gap: '300.01' })).toBe('SHORT');
  });
});
