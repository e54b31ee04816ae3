import { formatDay, formatInstant } from '@kehu/domain/format/people';

/**
 * Times in the business time zone (the API's TZ_BUSINESS, Asia/Shanghai by default; the schema does not publish it),
 * whatever the browser is set to: 2026-12-07 16:02. The domain's one formatter (packages/domain/src/format).
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

export function formatBusinessTime(value: string | null | undefined): string {
  return formatInstant(value, { timeZone: BUSINESS_TIME_ZONE });
}

/** A date as a date (2026-12-07); an instant's day in the business time zone. */
export function formatBusinessDate(value: string | null | undefined): string {
  return formatDay(value, { timeZone: BUSINESS_TIME_ZONE });
}
