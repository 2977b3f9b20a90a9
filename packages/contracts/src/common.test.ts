import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, isCalendarDate } from './common';

describe('[CONTRACTS] calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
  ])('%s is a day: %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
    expect(CalendarDateSchema.safeParse(s).success).toBe(ok);
  });
  it('refuses other shapes with a Chinese message', () => {
    const r = CalendarDateSchema.safeParse('2026/1/1');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('日期格式应为YYYY-MM-DD');
  });
});
