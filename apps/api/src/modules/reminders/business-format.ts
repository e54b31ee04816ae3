import { formatInstant } from '@kehu/domain';

/** "2026-03-02 14:00" in the business time zone, for notification texts: the domain's one formatter. */
export function formatBusinessTime(instant: Date, tz: string): string {
  return formatInstant(instant, { timeZone: tz });
}
