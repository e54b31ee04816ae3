import {
  DEFAULT_TIME_ZONE,
  addDays,
  businessDate,
  businessDayRange,
  daysBetween,
  daysUntil,
  isLeapYear,
  isValidDateString,
  isValidTimeZone,
  nextAnniversary,
  periodStart,
  periodToDate,
  startOfBusinessDay,
  trendUnitOf,
} from './business-time';

describe('businessDate', () => {
  it('uses the business zone, not UTC', () => {
    const instant = new Date('2026-03-01T16:30:00Z'); // 00:30 on 2 March in Shanghai
    expect(businessDate(instant, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(businessDate(instant)).toBe('2026-03-02');
    expect(businessDate(instant, 'UTC')).toBe('2026-03-01');
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('crosses the year boundary in the zone', () => {
    expect(businessDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(businessDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('rejects invalid dates', () => {
    expect(() => businessDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('businessDate around clock changes (offsets are cached per minute)', () => {
  it('agrees with Intl second by second across a transition', () => {
    // Santiago leaves summer time at 2026-04-05T03:00:00Z: Sunday 00:00 becomes Saturday 23:00 again, so an
    // offset kept a minute too long would move the date. New York shifts at 02:00 local, Lord Howe by 30 min.
    const zones: [string, number][] = [
      ['America/Santiago', Date.UTC(2026, 3, 5, 3)],
      ['America/New_York', Date.UTC(2026, 10, 1, 6)],
      ['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 15)],
    ];
    for (const [zone, transition] of zones) {
      const f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
      for (let t = transition - 90_000; t <= transition + 90_000; t += 997) {
        expect(businessDate(new Date(t), zone)).toBe(f.format(new Date(t)));
      }
    }
  });
});

describe('startOfBusinessDay', () => {
  it('is 00:00 local time as a UTC instant', () => {
    expect(startOfBusinessDay('2026-03-02', 'Asia/Shanghai').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(startOfBusinessDay('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfBusinessDay('2026-03-02', 'UTC').toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('follows daylight saving time where a zone has it', () => {
    // New York: EST (-5) in January, EDT (-4) in July; the DST day itself still has a midnight.
    expect(startOfBusinessDay('2026-01-15', 'America/New_York').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(startOfBusinessDay('2026-07-15', 'America/New_York').toISOString()).toBe('2026-07-15T04:00:00.000Z');
    expect(startOfBusinessDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfBusinessDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('starts at the first existing instant when DST skips midnight', () => {
    // Chile springs forward at 24:00 on Saturday 2024-09-07: 2024-09-08 begins at 01:00 local (-03).
    expect(startOfBusinessDay('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });

  it('is consistent with businessDate', () => {
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Auckland']) {
      for (const d of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31']) {
        const start = startOfBusinessDay(d, tz);
        expect(businessDate(start, tz)).toBe(d);
        expect(businessDate(new Date(start.getTime() - 1), tz)).toBe(addDays(d, -1));
      }
    }
  });

  it('gives a half-open day range', () => {
    const { start, end } = businessDayRange('2026-03-02');
    expect(end.getTime() - start.getTime()).toBe(86_400_000);
  });

  it('rejects malformed or impossible dates', () => {
    expect(() => startOfBusinessDay('2026-2-1')).toThrow(RangeError);
    expect(() => startOfBusinessDay('2026-02-29')).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-10', 0)).toBe('2026-03-10');
    expect(() => addDays('2026-03-10', 1.5)).toThrow(RangeError);
  });

  it('counts signed days between dates', () => {
    expect(daysBetween('2026-01-01', '2026-01-03')).toBe(2);
    expect(daysBetween('2026-01-03', '2026-01-01')).toBe(-2);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysUntil('2026-03-15', '2026-03-10')).toBe(5);
    expect(daysUntil('2026-03-05', '2026-03-10')).toBe(-5);
  });

  it('validates date strings and zones', () => {
    expect(isValidDateString('2028-02-29')).toBe(true);
    expect(isValidDateString('2026-02-29')).toBe(false);
    expect(isValidDateString('2026-13-01')).toBe(false);
    expect(isValidDateString('26-01-01')).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('nextAnniversary', () => {
  it('is today when the day is today, later this year when still ahead', () => {
    expect(nextAnniversary('1990-05-20', '2026-05-20')).toBe('2026-05-20');
    expect(nextAnniversary('05-21', '2026-05-20')).toBe('2026-05-21');
  });

  it('rolls over the year boundary', () => {
    expect(nextAnniversary('01-02', '2026-12-30')).toBe('2027-01-02');
    expect(nextAnniversary('1985-12-29', '2026-12-30')).toBe('2027-12-29');
  });

  it('puts Feb 29 on Feb 28 in common years and on Feb 29 in leap years', () => {
    expect(nextAnniversary('2000-02-29', '2026-01-10')).toBe('2026-02-28');
    expect(nextAnniversary('02-29', '2026-02-28')).toBe('2026-02-28');
    expect(nextAnniversary('02-29', '2027-03-01')).toBe('2028-02-29');
    expect(nextAnniversary('02-29', '2028-02-29')).toBe('2028-02-29');
  });

  it('rejects impossible month-days', () => {
    expect(() => nextAnniversary('02-30', '2026-01-01')).toThrow(RangeError);
    expect(() => nextAnniversary('13-01', '2026-01-01')).toThrow(RangeError);
    expect(() => nextAnniversary('01-02', '2026/01/01')).toThrow(RangeError);
  });
});

describe('calendar periods', () => {
  it('start on the first day of the day, Monday-first week, month, quarter and year', () => {
    expect(periodStart('DAY', '2026-12-07')).toBe('2026-12-07');
    expect(periodStart('WEEK', '2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(periodStart('WEEK', '2026-12-13')).toBe('2026-12-07'); // the Sunday after
    expect(periodStart('WEEK', '2027-01-01')).toBe('2026-12-28'); // across the year
    expect(periodStart('MONTH', '2026-12-07')).toBe('2026-12-01');
    expect(periodStart('QUARTER', '2026-12-07')).toBe('2026-10-01');
    expect(periodStart('QUARTER', '2026-03-31')).toBe('2026-01-01');
    expect(periodStart('YEAR', '2026-12-07')).toBe('2026-01-01');
    expect(periodToDate('QUARTER', '2026-12-07')).toEqual({ from: '2026-10-01', to: '2026-12-07' });
    expect(trendUnitOf('YEAR')).toBe('MONTH');
    expect(trendUnitOf('WEEK')).toBe('DAY');
  });
});
