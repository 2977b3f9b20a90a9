/**
 * The working-day calendar a test server counts with, made to cover `days` calendar days from today. A year the
 * server has no arrangement for is refused, never guessed (docs/contracts/workdays-api.md), so once the shipped
 * years (2025–2026) run out the administrator must enter the next one; for tests that count deadlines from
 * today, this enters a test arrangement (元旦 only, marked 测试) through the administrator's API. Plain HTTP, no
 * browser: the global set-up uses it too. Returns the calendar over what the server then stores.
 */
import type { HolidayArrangement } from '@rouxing/contracts';
import { createWorkCalendar, type WorkCalendar } from '@rouxing/domain';

const DEMO_PASSWORD = 'Rouxing@2026';

const shanghaiYear = (days: number) =>
  Number(new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4));

export async function calendarCovering(baseURL: string, days: number): Promise<WorkCalendar> {
  const login = await fetch(`${baseURL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  if (!login.ok) {
    throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  }
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const call = async (method: 'GET' | 'PUT', path: string, body?: object) => {
    const res = await fetch(`${baseURL}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!res.ok) {
      throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    }
    return res.json();
  };
  let stored = (await call('GET', '/holiday-arrangements')) as HolidayArrangement[];
  for (let year = shanghaiYear(0); year <= shanghaiYear(days); year++) {
    if (!stored.some((a) => a.year === year)) {
      await call('PUT', `/holiday-arrangements/${year}`, {
        source: `国务院办公厅关于${year}年部分节假日安排的通知（测试）`,
        holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` }],
        workdays: [],
      });
      stored = (await call('GET', '/holiday-arrangements')) as HolidayArrangement[];
    }
  }
  return createWorkCalendar(stored.map(({ year, source, holidays, workdays }) => ({ year, source, holidays, workdays })));
}
