import { businessDate } from '@kehu/domain';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-03-02 14:00" in the business time zone, for notification texts. */
export function formatBusinessTime(instant: Date, tz: string): string {
  let f = timeFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormatters.set(tz, f);
  }
  return `${businessDate(instant, tz)} ${f.format(instant)}`;
}
