import { formatDay, formatInstant, formatYuan } from './people';

describe('formatters for people', () => {
  it('writes an instant in the business time zone as 2026-12-07 16:02', () => {
    expect(formatInstant('2026-12-07T08:02:40.042Z')).toBe('2026-12-07 16:02');
    expect(formatInstant(new Date('2026-12-07T16:30:00Z'))).toBe('2026-12-08 00:30');
    expect(formatInstant('2026-12-07T08:02:00Z', { timeZone: 'UTC' })).toBe('2026-12-07 08:02');
    expect(formatInstant(null)).toBe('—');
  });
  it('says 今天/昨天/明天 (Today/Yesterday/Tomorrow) where relative', () => {
    const now = new Date('2026-12-07T02:00:00Z'); // 10:00 in Shanghai
    expect(formatInstant('2026-12-07T08:02:00Z', { relativeTo: now })).toBe('今天 16:02');
    expect(formatInstant('2026-12-06T08:02:00Z', { relativeTo: now, locale: 'en' })).toBe('Yesterday 16:02');
    expect(formatInstant('2026-12-08T08:02:00Z', { relativeTo: now })).toBe('明天 16:02');
    expect(formatInstant('2026-12-01T08:02:00Z', { relativeTo: now })).toBe('2026-12-01 16:02');
  });
  it('writes dates as dates', () => {
    expect(formatDay('2026-03-16')).toBe('2026-03-16');
    expect(formatDay('2026-12-07T17:00:00Z')).toBe('2026-12-08');
  });
  it('writes money as ¥40,000.00 without floats', () => {
    expect(formatYuan('40000')).toBe('¥40,000.00');
    expect(formatYuan('1234567.5')).toBe('¥1,234,567.50');
    expect(formatYuan('-12.3')).toBe('-¥12.30');
    expect(formatYuan(4000000n)).toBe('¥40,000.00');
    expect(formatYuan('999999999999.99')).toBe('¥999,999,999,999.99');
  });
});
