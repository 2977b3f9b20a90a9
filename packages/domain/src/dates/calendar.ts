/**
 * Calendar dates as the law counts them: `YYYY-MM-DD` strings (Asia/Shanghai days), and periods counted
 * per 民法典:
 *  - 第二百零一条: the day on which a period starts is not counted; counting starts the next day;
 *  - 第二百零二条: a period in years or months ends on the corresponding day of the last month, or on
 *    that month's last day where it has none: 2024-02-29 + 2 years → 2026-02-28;
 *  - 第二百零三条's holiday shift is NOT applied here: by the decision contract's project rule the
 *    limitation and publicity calculators keep a last day that falls on a holiday; procedural deadlines
 *    (delivery, review time limits) apply it elsewhere.
 *
 * Besides the string, two representations: a date key (the integer yyyymmdd, ordered like the dates, for
 * comparisons in hot paths) and a day number (days since 1970-01-01, for day arithmetic). No clock, and
 * no `Date` in the arithmetic.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => (n >= 1000 ? String(n) : String(n).padStart(4, '0'));

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export function formatDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * True when `s` is exactly `YYYY-MM-DD` and names a day that exists (years 0001–9999): `2026-02-29`
 * does not. No regular expression.
 */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return false;
  }
  for (const i of DIGIT_POSITIONS) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) {
      return false;
    }
  }
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The date key of a valid `YYYY-MM-DD`: the integer yyyymmdd (2026-05-01 → 20260501); keys compare like
 * the dates. Read by char code without allocation: the decision engine calls it several times per
 * decision. The input is not checked (validate with `isCalendarDate` first).
 */
export function dateKey(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 10_000_000 +
    (date.charCodeAt(1) - 48) * 1_000_000 +
    (date.charCodeAt(2) - 48) * 100_000 +
    (date.charCodeAt(3) - 48) * 10_000 +
    (date.charCodeAt(5) - 48) * 1000 +
    (date.charCodeAt(6) - 48) * 100 +
    (date.charCodeAt(8) - 48) * 10 +
    (date.charCodeAt(9) - 48)
  );
}

/** `YYYY-MM-DD` of a date key. */
export function keyToDate(key: number): string {
  return formatDate(Math.floor(key / 10_000), Math.floor(key / 100) % 100, key % 100);
}

/**
 * The key of the day `months` months after (negative: before) the day of `key`: the same day of the
 * month, or that month's last day where it has none (民法典 第二百零二条).
 */
export function addMonthsToKey(key: number, months: number): number {
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  const dim = daysInMonth(ny, nm);
  return ny * 10_000 + nm * 100 + Math.min(d, dim);
}

/** The day `months` months later (or earlier), on the same day of the month or the month's last day where that day does not exist. */
export function addMonths(date: string, months: number): string {
  return keyToDate(addMonthsToKey(dateKey(date), months));
}

/** `years` years later (or earlier): 2024-02-29 + 1 year → 2025-02-28. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function dayNumber(date: string): number {
  const key = dateKey(date);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const y = Math.floor(key / 10_000) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DD` of a day number (inverse of `dayNumber`; civil_from_days). */
export function fromDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** `days` days later (or earlier). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The day after (where a right opens once a period has run out, e.g. credit repair after the minimum publicity). */
export function nextDay(date: string): string {
  return addDays(date, 1);
}

/**
 * The last day of a period that starts on `start` (民法典 第二百零一条、第二百零二条): the start day is not
 * counted, so a period of months or years ends on the corresponding day (or the month's last day), and a
 * period of days on the `days`-th day after the start. An act on 2023-01-10 has a two-year limitation
 * whose last day is 2025-01-10; a 10-day period from 2026-01-01 ends on 2026-01-11.
 * A bare number is a number of months.
 */
export function periodLastDay(start: string, period: number | { years?: number; months?: number; days?: number }): string {
  if (typeof period === 'number') {
    return addMonths(start, period);
  }
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const end = months === 0 ? start : addMonths(start, months);
  return period.days ? addDays(end, period.days) : end;
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), for the doors that default `decidedOn`; the caller passes the clock. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** `2026-09-01` → `2026年9月1日`, as messages and screens write a date. */
export function chineseDay(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
