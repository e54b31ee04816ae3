import { formatBusinessTime } from '@/lib/time/businessTime';

describe('formatBusinessTime', () => {
  it('shows an instant in Beijing time, to the minute', () => {
    expect(formatBusinessTime('2026-12-07T08:02:59Z')).toBe('2026-12-07 16:02');
    expect(formatBusinessTime('2026-12-07T16:30:00Z')).toBe('2026-12-08 00:30');
  });

  it('shows a dash for no time', () => {
    expect(formatBusinessTime(null)).toBe('—');
  });
});
