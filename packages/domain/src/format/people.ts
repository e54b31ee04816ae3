/**
 * Times, dates and money as people write them — the one formatter each, used by the API's texts
 * (reminders, lock and pool messages), exports and the web:
 * - an instant in the business time zone: 2026-12-07 16:02 (or 今天 16:02 / Today 16:02 where relative);
 * - a business date as a date: 2026-12-07;
 * - money with separators: ¥40,000.00.
 * Money never becomes a JS float: decimal strings are grouped as text.
 */
import { DEFAULT_TIME_ZONE } from '../business-time.js';

type PeopleLocale = 'zh-CN' | 'en';

const partsCache = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: Date | string | number): Date | null {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function zoned(d: Date, timeZone: string): { date: string; time: string } {
  const p: Record<string, string> = {};
  for (const x of partsFormatter(timeZone).formatToParts(d)) p[x.type] = x.value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

export interface InstantFormatOptions {
  timeZone?: string;
  /** Say 今天/昨天/明天 (Today/Yesterday/Tomorrow) instead of the date when the instant is near `now`. */
  relativeTo?: Date;
  locale?: PeopleLocale;
  /** Text for a missing value (default —). */
  empty?: string;
}

const RELATIVE: Record<PeopleLocale, Record<'-1' | '0' | '1', string>> = {
  'zh-CN': { '-1': '昨天', '0': '今天', '1': '明天' },
  en: { '-1': 'Yesterday', '0': 'Today', '1': 'Tomorrow' },
};

function dayDiff(a: string, b: string): number {
  return Math.round(
    (Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10)) - Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10))) /
      86400000,
  );
}

/** 2026-12-07 16:02 in the business time zone (Asia/Shanghai unless told); 今天 16:02 with `relativeTo`. */
export function formatInstant(value: Date | string | number | null | undefined, opts: InstantFormatOptions = {}): string {
  const empty = opts.empty ?? '—';
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value;
  const d = toDate(value);
  if (!d) return String(value);
  const tz = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const { date, time } = zoned(d, tz);
  if (opts.relativeTo) {
    const diff = dayDiff(date, zoned(opts.relativeTo, tz).date);
    if (diff >= -1 && diff <= 1) return `${RELATIVE[opts.locale ?? 'zh-CN'][String(diff) as '-1' | '0' | '1']} ${time}`;
  }
  return `${date} ${time}`;
}

/** A date as a date: 2026-12-07 (a business date string as given; an instant's day in the business time zone). */
export function formatDay(value: Date | string | number | null | undefined, opts: { timeZone?: string; empty?: string } = {}): string {
  const empty = opts.empty ?? '—';
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') {
    if (DATE_ONLY.test(value)) return value;
  }
  const d = toDate(value);
  if (!d) return String(value);
  return zoned(d, opts.timeZone ?? DEFAULT_TIME_ZONE).date;
}

/** ¥40,000.00 from a decimal string ("40000", "-12.5") or fen (bigint); text only, never a float. */
export function formatYuan(value: string | bigint | null | undefined, opts: { empty?: string } = {}): string {
  const empty = opts.empty ?? '—';
  if (value === null || value === undefined || value === '') return empty;
  let text: string;
  if (typeof value === 'bigint') {
    const neg = value < 0n;
    const abs = neg ? -value : value;
    text = `${neg ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  } else text = value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = ''] = m;
  const grouped = int.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${(frac + '00').slice(0, 2)}`;
}
