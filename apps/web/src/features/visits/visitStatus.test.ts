import dayjs from 'dayjs';
import { visitStatus } from './visitStatus';

describe('visitStatus', () => {
  const now = dayjs('2026-12-07T10:00:00');
  it('is DONE once recorded, whatever the plan', () => {
    expect(visitStatus({ recorded: true, plannedAt: '2026-01-01T00:00:00' }, now)).toBe('DONE');
  });
  it('splits open visits into overdue, due today and planned', () => {
    expect(visitStatus({ recorded: false, plannedAt: dayjs('2026-12-06T23:00:00').toISOString() }, now)).toBe('OVERDUE');
    expect(visitStatus({ recorded: false, plannedAt: dayjs('2026-12-07T08:00:00').toISOString() }, now)).toBe('DUE');
    expect(visitStatus({ recorded: false, plannedAt: dayjs('2026-12-07T18:00:00').toISOString() }, now)).toBe('DUE');
    expect(visitStatus({ recorded: false, plannedAt: dayjs('2026-12-08T09:00:00').toISOString() }, now)).toBe('PLANNED');
  });
});
