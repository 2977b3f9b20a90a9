/**
 * Calendar dates as the law counts them: `YYYY-MM-DD` strings (Asia/Shanghai days), compared as
 * strings, and periods counted per 民法典 第二百零一条、第二百零二条:
 *  - the day on which a period starts is not counted (第二百零一条第一款);
 *  - a period in years or months ends on the corresponding day of the last month, or on that month's
 *    last day where there is no corresponding day (第二百零二条): 2024-02-29 + 2 years → 2026-02-28.
 * 第二百零三条's holiday shift is not applied here (project rule of the decision contract); procedural
 * deadlines apply it elsewhere.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number) => String(n).padStart(4, '0');

export function formatDate(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** The day, in the same month and day of month, `months` months later (or earlier); the month's last day when that day does not exist. */
export function addMonths(date: string, months: number): string {
  // Digits read by char code (no helper closure: this runs several times in every decision).
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  const m = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const d = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  const dim = daysInMonth(ny, nm);
  return formatDate(ny, nm, Math.min(d, dim));
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Days since 1970-01-01 (UTC), for day arithmetic. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/**
 * The last day of a period of `months` months that starts on `start` (民法典 第二百零一、二百零二条): the
 * start day is not counted, so the period ends on the corresponding day. An act on 2023-01-10 has a
 * two-year limitation whose last day is 2025-01-10.
 */
export function periodLastDay(start: string, months: number): string {
  return addMonths(start, months);
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), for the doors that default `decidedOn`. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
