import { formatBusinessDate, formatBusinessTime } from '@/lib/time/businessTime';
import dayjs from 'dayjs';

const moneyFormat = new Intl.NumberFormat('zh-CN', {
  style: 'currency',
  currency: 'CNY',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** ¥1,234.50 from a Money string ("1234.5") or a number of yuan. */
export function formatMoney(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? moneyFormat.format(n) : String(value);
}

/** Money strings added up in fen, so 0.1 + 0.2 stays 0.30. Returns yuan. */
export function sumMoney(values: readonly (string | number | null | undefined)[]): number {
  let fen = 0;
  for (const v of values) {
    const n = typeof v === 'number' ? v : Number(v ?? 0);
    if (Number.isFinite(n)) fen += Math.round(n * 100);
  }
  return fen / 100;
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? formatBusinessTime(value) : '—';
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatBusinessDate(value);
}

/** A dayjs (from a DatePicker) as a LocalDate string. */
export function toLocalDate(value: dayjs.Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}
