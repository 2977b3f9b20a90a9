import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToKey,
  addYears,
  dateKey,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  keyToDate,
  nextDay,
  periodLastDay,
  shanghaiToday,
} from './calendar';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A reference built on Date: same day of month, else the month's last day. */
function referenceAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

describe('[DATES] 民法典 第二百零一条、第二百零二条 period arithmetic', () => {
  it.each([
    // 第二百零二条: the corresponding day…
    ['2023-01-10', 24, '2025-01-10'],
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-05-31', 12, '2027-05-31'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2024-02-29', 48, '2028-02-29'],
    // …or the month's last day where there is none.
    ['2024-02-29', 24, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-11-30', 3, '2027-02-28'],
    // Backwards (the first-offence look-back).
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-01', -12, '2025-05-01'],
    ['2024-02-29', -12, '2023-02-28'],
  ])('%s + %i months ends on %s', (start, months, end) => {
    expect(periodLastDay(start, months)).toBe(end);
    expect(addMonths(start, months)).toBe(end);
  });

  it('an act on 2024-02-29 has a two-year period ending 2026-02-28 (the contract’s example)', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(periodLastDay('2024-02-29', { years: 2 })).toBe('2026-02-28');
  });

  it('第二百零一条: the start day is not counted — a 10-day period from 2026-01-01 ends on 2026-01-11', () => {
    expect(periodLastDay('2026-01-01', { days: 10 })).toBe('2026-01-11');
    expect(periodLastDay('2026-01-31', { months: 1, days: 1 })).toBe('2026-03-01');
  });

  it('does not move a last day that falls on a holiday (project rule: 第二百零三条 is for procedural deadlines)', () => {
    expect(periodLastDay('2025-10-01', { years: 1 })).toBe('2026-10-01');
    expect(periodLastDay('2024-02-10', { years: 2 })).toBe('2026-02-10');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(nextDay('2026-08-31')).toBe('2026-09-01');
  });

  it('agrees with a Date-based reference for any date and any number of months', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        expect(addMonths(d, n)).toBe(referenceAddMonths(d, n));
      }),
    );
  });

  it('never ends before it starts, never skips a month, and keeps the order of start days', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.integer({ min: 0, max: 120 }), (a, b, n) => {
        const end = addMonths(a, n);
        expect(end >= a).toBe(true);
        const months = (Number(end.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(a.slice(5, 7));
        expect(months).toBe(n);
        if (a <= b) {
          expect(addMonths(a, n) <= addMonths(b, n)).toBe(true);
        }
      }),
    );
  });

  it('day numbers agree with Date.UTC and invert', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -1000, max: 1000 }), (d, k) => {
        expect(dayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
        expect(fromDayNumber(dayNumber(d))).toBe(d);
        expect(addDays(addDays(d, k), -k)).toBe(d);
      }),
    );
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('date keys are yyyymmdd integers ordered like the dates', () => {
    expect(dateKey('2026-05-01')).toBe(20260501);
    expect(keyToDate(20260501)).toBe('2026-05-01');
    expect(keyToDate(addMonthsToKey(20240229, 24))).toBe('2026-02-28');
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(Math.sign(dateKey(a) - dateKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(keyToDate(dateKey(a))).toBe(a);
      }),
    );
  });

  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['2026/01/01', false],
    ['2026-01-01T00:00', false],
    ['２０２６-01-01', false],
    [20260101, false],
    [null, false],
  ])('isCalendarDate(%j) is %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });

  it('takes today in Asia/Shanghai (UTC+8) from the clock it is given', () => {
    expect(shanghaiToday(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(shanghaiToday(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });
});
