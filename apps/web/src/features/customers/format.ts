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

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A timestamp in the browser's time zone, as dayjs parses it (a bare date is local midnight). Without
 * dayjs: these formats are on the 360 page's first paint, which loads no date library.
 */
function localDate(value: string): Date {
  return DATE_ONLY.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
}

/** 2026-04-15 10:30 (local time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const d = localDate(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 2026-04-15 (a bare date as given; a timestamp in local time). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (DATE_ONLY.test(value)) return value;
  const d = localDate(value);
  return Number.isNaN(d.getTime()) ? value : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
