import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/calendar';
import { STATE_COUNCIL_ARRANGEMENTS } from './arrangements-cn';
import { ArrangementMissing, arrangementProblems, createWorkCalendar } from './workdays';

const cal = createWorkCalendar(STATE_COUNCIL_ARRANGEMENTS);

describe('[WORKDAYS] the calendar of docs/contracts/workdays-api.md', () => {
  it('counts the contract example across the National Day holiday of 2026 and its adjusted Saturday', () => {
    // 9-29, 9-30, (10-01…10-07 国庆节), 10-08, 10-09, 10-10 (调休上班), 10-12 … 10-16: the 10th working day.
    expect(cal.addWorkdays('2026-09-28', 10)).toBe('2026-10-16');
  });

  it.each([
    ['2026-10-10', true, null], // Saturday, 调休上班
    ['2026-10-03', false, '国庆节'],
    ['2026-10-11', false, null], // an ordinary Sunday
    ['2026-10-08', true, null],
    ['2026-02-14', true, null], // Saturday before 春节, 调休上班
    ['2026-02-15', false, '春节'],
    ['2026-02-23', false, '春节'], // a Monday inside the block
    ['2026-02-24', true, null],
    ['2026-02-28', true, null], // Saturday after 春节, 调休上班
    ['2026-03-01', false, null],
    ['2025-10-08', false, '国庆节、中秋节'], // the name as the 2025 notice gives it
    ['2025-10-11', true, null],
    ['2026-01-04', true, null], // Sunday, 调休上班 after 元旦
  ])('%s: workday %s, holiday %s', (date, workday, holiday) => {
    expect(cal.status(date)).toEqual({ date, workday, holiday });
  });

  it('counts across the Spring Festival of 2026 with its two adjusted Saturdays', () => {
    expect(cal.addWorkdays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkdays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkdays('2026-02-13', 5)).toBe('2026-02-27');
    expect(cal.addWorkdays('2026-02-13', 6)).toBe('2026-02-28');
    expect(cal.addWorkdays('2026-02-13', 7)).toBe('2026-03-02');
  });

  it('starts from any day — a holiday or a weekend — without counting it (民法典 第二百零一条)', () => {
    expect(cal.addWorkdays('2026-10-01', 1)).toBe('2026-10-08');
    expect(cal.addWorkdays('2026-10-11', 1)).toBe('2026-10-12');
    expect(cal.addWorkdays('2026-10-09', 1)).toBe('2026-10-10');
  });

  it('refuses a date, or a count that reaches a year, with no arrangement — naming the year', () => {
    expect(() => cal.status('2027-01-05')).toThrow(ArrangementMissing);
    expect(() => cal.addWorkdays('2024-12-30', 1)).toThrow(/2024年/);
    expect(() => cal.addWorkdays('2026-12-24', 10)).toThrow(/2027年/);
    try {
      cal.addWorkdays('2026-12-24', 10);
    } catch (e) {
      expect((e as ArrangementMissing).year).toBe(2027);
    }
  });

  it('knows a later year once its arrangement is loaded, without a code change', () => {
    const later = createWorkCalendar([
      ...STATE_COUNCIL_ARRANGEMENTS,
      { year: 2027, source: '测试', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }], workdays: [] },
    ]);
    expect(later.addWorkdays('2026-12-31', 1)).toBe('2027-01-04');
    expect(later.status('2027-01-02')).toEqual({ date: '2027-01-02', workday: false, holiday: '元旦' });
  });

  it('counts how many working days lie after a date up to another', () => {
    expect(cal.workdaysBetween('2026-09-28', '2026-10-16')).toBe(10);
    expect(cal.workdaysBetween('2026-10-16', '2026-10-16')).toBe(0);
    expect(cal.workdaysBetween('2026-10-16', '2026-10-01')).toBe(0);
  });

  it('property: the due date is a working day and exactly N working days lie after the start', () => {
    const start = fc.integer({ min: 0, max: 600 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const due = cal.addWorkdays(from, n);
        expect(cal.status(due).workday).toBe(true);
        expect(cal.workdaysBetween(from, due)).toBe(n);
        expect(cal.workdaysBetween(from, addDays(due, -1))).toBe(n - 1);
      }),
    );
  });

  it('checks an arrangement an operator enters', () => {
    expect(STATE_COUNCIL_ARRANGEMENTS.flatMap(arrangementProblems)).toEqual([]);
    const bad = arrangementProblems({
      year: 2027,
      source: '',
      holidays: [{ name: '', from: '2027-02-10', to: '2027-02-05' }],
      workdays: ['2027-02-08', '2027-02-30'],
    });
    expect(bad.map((p) => p.path)).toEqual(['holidays.0.name', 'holidays.0.to', 'workdays.0', 'workdays.1']);
  });
});
