import { formatYuan } from '@kehu/domain/format/people';
import { formatBusinessDate, formatBusinessTime } from '@/lib/time/businessTime';

/** ¥12,345.60 from a Money string ("12345.6"), by string manipulation only: money never becomes a JS float. */
export function formatMoney(value: string | null | undefined): string {
  return formatYuan(value);
}

/** True when a Money string is above zero ("0.00" is not). */
export function isPositiveMoney(value: string | null | undefined): boolean {
  return !!value && !value.trim().startsWith('-') && /[1-9]/.test(value);
}

/** 2026-04-15 10:30 in the business time zone (Asia/Shanghai), whatever the browser's zone: one formatter, from the domain. */
export function formatDateTime(value: string | null | undefined): string {
  return formatBusinessTime(value);
}

/** 2026-04-15 (a bare date as given; a timestamp's day in the business time zone). */
export function formatDate(value: string | null | undefined): string {
  return formatBusinessDate(value);
}
