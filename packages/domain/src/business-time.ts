/**
 * Business dates: due dates, birthdays, "1 day before" reminders and "today" are calendar dates in the
 * company's time zone (default Asia/Shanghai), not in the server's or browser's zone and not in UTC.
 * A business date is a 'YYYY-MM-DD' string; an instant is a Date. Only Intl is used (no tz library):
 * Node and browsers ship the IANA database.
 *
 * Date-only arithmetic (addDays, daysBetween, nextAnniversary) is pure calendar arithmetic and needs no
 * zone; converting between instants and dates does.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** Same as DEFAULT_TIME_ZONE (the name the API used first). */
export const DEFAULT_BUSINESS_TZ = DEFAULT_TIME_ZONE;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_RE = /^(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives plain ASCII digits and 00..23 hours in formatToParts on every engine.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a zone, as Intl formats them (about 30 µs a call). */
function formattedWallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour % 24, min: parts.minute, s: parts.second };
}

/** Offset of the zone from UTC at an instant, in ms, straight from Intl. Seconds-level offsets are ignored. */
function exactZoneOffset(instant: number, timeZone: string): number {
  const w = formattedWallClock(instant, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Offsets per zone and minute: a request asks for "today" several times, and Intl is slow. A minute whose
 * two ends disagree holds a transition (at most one: they are months apart) and is never cached.
 */
const offsets = new Map<string, number>();

/** Offset of the zone from UTC at an instant, in ms (Shanghai: +8h). Seconds-level offsets are ignored. */
function zoneOffset(instant: number, timeZone: string): number {
  const minute = Math.floor(instant / 60_000);
  const key = `${timeZone}|${minute}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const first = exactZoneOffset(minute * 60_000, timeZone);
    offset = first === exactZoneOffset(minute * 60_000 + 59_999, timeZone) ? first : NaN;
    if (offsets.size >= 1024) offsets.clear();
    offsets.set(key, offset);
  }
  return Number.isNaN(offset) ? exactZoneOffset(instant, timeZone) : offset;
}

/** Wall-clock fields of an instant in a zone. */
function wallClock(instant: number, timeZone: string) {
  const local = new Date(Math.floor(instant / 1000) * 1000 + zoneOffset(instant, timeZone));
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    h: local.getUTCHours(),
    min: local.getUTCMinutes(),
    s: local.getUTCSeconds(),
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatYmd({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function parseYmd(date: string): Ymd {
  const m = DATE_RE.exec(date);
  if (m) {
    const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= daysInMonth(ymd.y, ymd.m)) return ymd;
  }
  throw new RangeError(`Not a valid date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-29 is false). */
export function isValidDateString(date: string): boolean {
  try {
    parseYmd(date);
    return true;
  } catch {
    return false;
  }
}

/** True when Intl knows the IANA zone name (use it to validate configuration). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The business date ('YYYY-MM-DD') of an instant in a zone: 2026-03-01T16:30Z is 2026-03-02 in Shanghai. */
export function businessDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  const w = wallClock(t, timeZone);
  return formatYmd(w);
}

/**
 * The instant at which a business date begins in a zone (00:00 local; Shanghai 2026-03-02 begins at
 * 2026-03-01T16:00:00Z). Where a DST jump skips midnight, the first instant that belongs to the date.
 */
export function startOfBusinessDay(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const { y, m, d } = parseYmd(date);
  const localMidnightAsUtc = Date.UTC(y, m - 1, d);
  const isMidnightOfDate = (c: number) => {
    const w = wallClock(c, timeZone);
    return w.y === y && w.m === m && w.d === d && w.h === 0 && w.min === 0 && w.s === 0;
  };
  // Usual case (any zone without a transition near this midnight): one offset lookup settles it.
  const guess = localMidnightAsUtc - zoneOffset(localMidnightAsUtc, timeZone);
  if (isMidnightOfDate(guess)) return new Date(guess);
  // Try the offsets in force around that moment; one of them puts 00:00 local on this date.
  const candidates = new Set<number>();
  for (const probe of [localMidnightAsUtc - DAY_MS, localMidnightAsUtc, localMidnightAsUtc + DAY_MS]) {
    const c = localMidnightAsUtc - zoneOffset(probe, timeZone);
    candidates.add(localMidnightAsUtc - zoneOffset(c, timeZone));
    candidates.add(c);
  }
  const onDate = [...candidates].filter((c) => businessDate(new Date(c), timeZone) === date).sort((a, b) => a - b);
  const exact = onDate.find(isMidnightOfDate);
  if (exact !== undefined) return new Date(exact);
  // Midnight does not exist (clocks jumped over it): search for the first instant of the date by bisection.
  let hi = onDate.length ? onDate[0] : localMidnightAsUtc + DAY_MS;
  let lo = hi - DAY_MS;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (businessDate(new Date(mid), timeZone) < date) lo = mid;
    else hi = mid;
  }
  return new Date(hi);
}

/** [start, end) of a business date as instants, for `WHERE at >= start AND at < end`. */
export function businessDayRange(date: string, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  return { start: startOfBusinessDay(date, timeZone), end: startOfBusinessDay(addDays(date, 1), timeZone) };
}

/** Calendar arithmetic: addDays('2026-12-31', 1) === '2027-01-01'; n may be negative. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs an integer, got ${n}`);
  const { y, m, d } = parseYmd(date);
  const t = new Date(Date.UTC(y, m - 1, d) + n * DAY_MS);
  return formatYmd({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** Whole days from a to b, signed: daysBetween('2026-01-01', '2026-01-03') === 2 (and -2 the other way). */
export function daysBetween(a: string, b: string): number {
  const x = parseYmd(a);
  const y = parseYmd(b);
  return Math.round((Date.UTC(y.y, y.m - 1, y.d) - Date.UTC(x.y, x.m - 1, x.d)) / DAY_MS);
}

/** Days from today until a date (negative when it has passed). */
export function daysUntil(date: string, today: string): number {
  return daysBetween(today, date);
}

/** The month/day in a year, with Feb 29 falling on Feb 28 in common years. */
function anniversaryIn(year: number, month: number, day: number): string {
  return formatYmd({ y: year, m: month, d: Math.min(day, daysInMonth(year, month)) });
}

/**
 * The next date on or after today with the given month and day: a birthday ('YYYY-MM-DD', the year is
 * ignored) or a bare 'MM-DD'. Feb 29 is celebrated on Feb 28 in common years. Today 2026-12-30 and
 * birthday 01-02 gives 2027-01-02; a birthday today gives today.
 */
export function nextAnniversary(monthDay: string, today: string): string {
  let month: number;
  let day: number;
  const md = MONTH_DAY_RE.exec(monthDay);
  if (md) {
    month = Number(md[1]);
    day = Number(md[2]);
    // Validate against a leap year so '02-29' is accepted.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) {
      throw new RangeError(`Not a valid month-day 'MM-DD': ${JSON.stringify(monthDay)}`);
    }
  } else {
    ({ m: month, d: day } = parseYmd(monthDay));
  }
  const t = parseYmd(today);
  const thisYear = anniversaryIn(t.y, month, day);
  return thisYear >= today ? thisYear : anniversaryIn(t.y + 1, month, day);
}

/** A calendar period of the business calendar: 日 / 周 (Monday first) / 月 / 季 / 年. */
export type CalendarPeriod = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
export const CALENDAR_PERIODS: readonly CalendarPeriod[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];

/** The first day of the period holding `date`: periodStart('WEEK', '2026-12-10') === '2026-12-07' (a Monday). */
export function periodStart(period: CalendarPeriod, date: string): string {
  const { y, m } = parseYmd(date);
  switch (period) {
    case 'DAY':
      return date;
    case 'WEEK': {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      return addDays(date, -((weekday + 6) % 7));
    }
    case 'MONTH':
      return formatYmd({ y, m, d: 1 });
    case 'QUARTER':
      return formatYmd({ y, m: Math.floor((m - 1) / 3) * 3 + 1, d: 1 });
    case 'YEAR':
      return formatYmd({ y, m: 1, d: 1 });
  }
}

/**
 * The current period up to today, as business dates (both ends included): periodToDate('QUARTER', '2026-12-07')
 * is 2026-10-01 – 2026-12-07. `today` is a business date (businessDate(now, timeZone)).
 */
export function periodToDate(period: CalendarPeriod, today: string): { from: string; to: string } {
  return { from: periodStart(period, today), to: today };
}

/** The unit a period's trend is split into: a day or a week by day, a month by day, a quarter or a year by month. */
export function trendUnitOf(period: CalendarPeriod): CalendarPeriod {
  return period === 'QUARTER' || period === 'YEAR' ? 'MONTH' : 'DAY';
}
