import dayjs from 'dayjs';

/**
 * ¥12,345.60 from a Money string ("12345.6"), by string manipulation only: money never becomes a JS float.
 */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, int, frac = ''] = m;
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${(frac + '00').slice(0, 2)}`;
}

/** True when a Money string is above zero ("0.00" is not). */
export function isPositiveMoney(value: string | null | undefined): boolean {
  return !!value && !value.trim().startsWith('-') && /[1-9]/.test(value);
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : dayjs(value).format('YYYY-MM-DD');
}
