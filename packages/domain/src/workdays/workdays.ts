/**
 * Working days (工作日) for procedural time limits — deciding a credit-repair application or an objection,
 * answering a supervision task, back-filling an emergency inspection — pinned by docs/contracts/workdays-api.md.
 *
 * A working day is a Monday to Friday that lies in no holiday of the year's arrangement, or a Saturday or
 * Sunday that the arrangement names as a working day (调休上班). The arrangements are the State Council's
 * yearly notices (国务院办公厅关于部分节假日安排的通知), kept as data; a date in a year with no arrangement
 * loaded is refused, never guessed.
 *
 * Counting: the day the period starts from is not counted (民法典 第二百零一条); a limit "within N working
 * days" (行政许可法 第八十二条: 期限以工作日计算，不含法定节假日) ends on the N-th working day after it.
 */
import { dayNumber, fromDayNumber, isCalendarDate } from '../dates/calendar';

/** One holiday block of an arrangement: its name as the notice gives it, first and last day (inclusive). */
export interface HolidayBlock {
  name: string;
  from: string;
  to: string;
}

/** The State Council's arrangement for one year. */
export interface HolidayArrangement {
  year: number;
  /** The notice, e.g. `国办发明电〔2024〕12号, 2024-11-12`. */
  source: string;
  /** Days off, including weekend days inside a block. */
  holidays: readonly HolidayBlock[];
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: readonly string[];
}

/** The status of one day. `holiday` is the name of the block the date lies in; null on ordinary days and weekends. */
export interface DayStatus {
  date: string;
  workday: boolean;
  holiday: string | null;
}

/** A date (or the due date a count reaches) lies in a year whose arrangement is not loaded. */
export class ArrangementMissing extends Error {
  constructor(readonly year: number) {
    super(`${year}年的节假日安排尚未录入，无法计算工作日`);
    this.name = 'ArrangementMissing';
  }
}

export interface WorkCalendar {
  /** The years with an arrangement, ascending. */
  readonly years: readonly number[];
  /** The day's status; throws `ArrangementMissing` for a year without an arrangement. */
  status(date: string): DayStatus;
  /** The N-th working day after `from` (the start day not counted); throws `ArrangementMissing` when the count leaves the loaded years. */
  addWorkdays(from: string, n: number): string;
  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`): how late a deadline is. */
  workdaysBetween(from: string, to: string): number;
}

const isWeekend = (date: string) => {
  // 1970-01-01 was a Thursday: day number 0 → weekday 4 (Sunday = 0).
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
};

/** Problems of an arrangement an operator enters, as `{ path, message }` (empty when it is sound). */
export function arrangementProblems(a: HolidayArrangement): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const near = (d: string) => Math.abs(Number(d.slice(0, 4)) - a.year) <= 1;
  if (!Number.isInteger(a.year) || a.year < 2000 || a.year > 2100) {
    problems.push({ path: 'year', message: '年份应为2000至2100之间的整数' });
  }
  a.holidays.forEach((h, i) => {
    if (!h.name.trim()) {
      problems.push({ path: `holidays.${i}.name`, message: '请填写节日名称' });
    }
    for (const key of ['from', 'to'] as const) {
      if (!isCalendarDate(h[key]) || !near(h[key])) {
        problems.push({ path: `holidays.${i}.${key}`, message: `应为${a.year}年前后的有效日期（YYYY-MM-DD）` });
      }
    }
    if (isCalendarDate(h.from) && isCalendarDate(h.to) && h.to < h.from) {
      problems.push({ path: `holidays.${i}.to`, message: '放假结束日期不能早于开始日期' });
    }
  });
  a.workdays.forEach((d, i) => {
    if (!isCalendarDate(d) || !near(d)) {
      problems.push({ path: `workdays.${i}`, message: `应为${a.year}年前后的有效日期（YYYY-MM-DD）` });
    } else if (!isWeekend(d)) {
      problems.push({ path: `workdays.${i}`, message: `${d}不是星期六或星期日，无需调休上班` });
    } else if (a.holidays.some((h) => h.from <= d && d <= h.to)) {
      problems.push({ path: `workdays.${i}`, message: `${d}位于放假期间，不能同时为调休上班日` });
    }
  });
  return problems;
}

/**
 * A calendar over the given arrangements. A holiday block of one year's notice may reach into the next
 * (元旦 blocks sometimes start on 30 December): every loaded block counts, but a date is answered only
 * when its own year has an arrangement.
 */
export function createWorkCalendar(arrangements: readonly HolidayArrangement[]): WorkCalendar {
  const years = new Set(arrangements.map((a) => a.year));
  const holidayOf = new Map<number, string>();
  const adjusted = new Set<number>();
  for (const a of arrangements) {
    for (const h of a.holidays) {
      for (let n = dayNumber(h.from); n <= dayNumber(h.to); n++) {
        holidayOf.set(n, h.name);
      }
    }
    for (const d of a.workdays) {
      adjusted.add(dayNumber(d));
    }
  }
  const yearOf = (n: number) => Number(fromDayNumber(n).slice(0, 4));
  const isWorkday = (n: number): boolean => {
    const year = yearOf(n);
    if (!years.has(year)) {
      throw new ArrangementMissing(year);
    }
    if (adjusted.has(n)) {
      return true;
    }
    return !holidayOf.has(n) && !isWeekend(fromDayNumber(n));
  };
  return {
    years: [...years].sort((a, b) => a - b),
    status(date) {
      const n = dayNumber(date);
      const workday = isWorkday(n);
      return { date, workday, holiday: workday ? null : (holidayOf.get(n) ?? null) };
    },
    addWorkdays(from, count) {
      let n = dayNumber(from);
      isWorkday(n); // the start's own year must be known, even though the start day is not counted
      for (let left = count; left > 0; ) {
        n += 1;
        if (isWorkday(n)) {
          left -= 1;
        }
      }
      return fromDayNumber(n);
    },
    workdaysBetween(from, to) {
      let count = 0;
      for (let n = dayNumber(from) + 1; n <= dayNumber(to); n++) {
        if (isWorkday(n)) {
          count += 1;
        }
      }
      return count;
    },
  };
}
