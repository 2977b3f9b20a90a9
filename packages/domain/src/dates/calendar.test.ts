import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, dayNumber, periodLastDay, shanghaiToday } from './calendar';

describe('[DATES] 民法典 第二百零一条、第二百零二条 period arithmetic', () => {
  it.each([
    ['2023-01-10', 24, '2025-01-10'],
    ['2024-02-29', 24, '2026-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-05-31', 3, '2026-08-31'],
    ['2026-05-31', 12, '2027-05-31'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('%s + %i months ends on %s', (start, months, end) => {
    expect(periodLastDay(start, months)).toBe(end);
  });

  it('adds years as twelve months, and days across month and year ends', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('never ends before it starts and never skips a month', () => {
    const date = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (d, n) => {
        const end = addMonths(d, n);
        expect(end >= d).toBe(true);
        const months = (Number(end.slice(0, 4)) - Number(d.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(d.slice(5, 7));
        expect(months).toBe(n);
        expect(dayNumber(end) - dayNumber(d)).toBeLessThanOrEqual(n * 31);
      }),
    );
  });

  it('takes today in Asia/Shanghai', () => {
    expect(shanghaiToday(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
    expect(shanghaiToday(new Date('2026-11-27T15:30:00Z'))).toBe('2026-11-27');
  });
});
