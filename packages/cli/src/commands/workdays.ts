/**
 * `rouxing workdays --from DATE --add N` | `rouxing workdays --check DATE` (docs/contracts/workdays-api.md):
 * prints only JSON and exits 0; bad input exits 2 with a Chinese error naming the option (`from`, `add`,
 * `check`) and, for a year with no holiday arrangement, the year.
 */
import { parseArgs } from 'node:util';
import { isCalendarDate } from '@rouxing/contracts';
import { ArrangementMissing, createWorkCalendar, STATE_COUNCIL_ARRANGEMENTS, type WorkCalendar } from '@rouxing/domain';

const USAGE = '用法：rouxing workdays --from YYYY-MM-DD --add N，或 rouxing workdays --check YYYY-MM-DD';

class OptionError extends Error {
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}：${message}`);
  }
}

function date(option: string, value: string | undefined): string {
  if (value === undefined) {
    throw new OptionError(option, `缺少日期。${USAGE}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new OptionError(option, `日期格式应为YYYY-MM-DD，收到“${value}”`);
  }
  if (!isCalendarDate(value)) {
    throw new OptionError(option, `${value}不是有效的日历日期`);
  }
  return value;
}

function count(value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 366) {
    throw new OptionError('add', `工作日数应为1至366之间的整数，收到“${value ?? ''}”`);
  }
  return Number(value);
}

/** The answer for the options, or an error naming the option. */
function answer(cal: WorkCalendar, args: string[]): unknown {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, add: { type: 'string' }, check: { type: 'string' } } });
  if (values.check !== undefined) {
    const day = date('check', values.check);
    return onYear('check', () => cal.status(day));
  }
  const from = date('from', values.from);
  const add = count(values.add);
  // The start's year is `from`'s problem; a count that runs into an unloaded year is `add`'s.
  onYear('from', () => cal.status(from));
  return { from, add, due: onYear('add', () => cal.addWorkdays(from, add)) };
}

function onYear<T>(option: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw new OptionError(option, `${err.year}年的节假日安排尚未录入（year ${err.year}），无法按工作日计算`);
    }
    throw err;
  }
}

export async function run(args: string[]): Promise<number> {
  const cal = createWorkCalendar(STATE_COUNCIL_ARRANGEMENTS);
  try {
    process.stdout.write(`${JSON.stringify(answer(cal, args))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof OptionError) {
      process.stderr.write(`请求有误：${err.message}\n`);
      return 2;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      // e.g. `--add -3` (a value that looks like an option) or an unknown option: name the option when there is one.
      const option = /--(from|add|check)\b/.exec(err.message)?.[1];
      process.stderr.write(`请求有误：${option ? `${option}：` : ''}参数无法识别（${err.message}）\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}
