import { STATE_COUNCIL_ARRANGEMENTS } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['admin', 'officer']) {
    cookies[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

const call = (who: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookies[who] as string }, payload: payload as object });

const ARRANGEMENT_2027 = {
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  workdays: [],
};

describe(`[WORKDAYS][CALENDAR] the stored calendar and the administrator's next year (${dbKind()})`, () => {
  it('ships the State Council arrangements of 2025 and 2026 exactly as the domain holds them (migration 0012)', async () => {
    const r = await call('officer', 'GET', '/holiday-arrangements');
    expect(r.statusCode).toBe(200);
    const stored = r.json().map(({ year, source, holidays, workdays }: Record<string, unknown>) => ({ year, source, holidays, workdays }));
    expect(stored).toEqual(STATE_COUNCIL_ARRANGEMENTS);
  });

  it('counts over the stored calendar, refusing a year not entered yet with its year named', async () => {
    expect((await call('officer', 'GET', '/workdays?from=2026-09-28&add=10')).json()).toEqual({
      from: '2026-09-28',
      add: 10,
      due: '2026-10-16',
    });
    const missing = await call('officer', 'GET', '/workdays?from=2026-12-24&add=10');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error).toMatchObject({ code: 'CALENDAR.ARRANGEMENT_MISSING', fields: [{ path: 'from' }] });
    expect(missing.json().error.message).toContain('2027年');
    expect((await call('officer', 'GET', '/workdays?from=2026-02-30&add=1')).json().error.fields[0].path).toBe('from');
  });

  it('only the administrator enters a year; bad entries are refused by field; the year then counts', async () => {
    expect((await call('officer', 'PUT', '/holiday-arrangements/2027', ARRANGEMENT_2027)).statusCode).toBe(403);
    const bad = await call('admin', 'PUT', '/holiday-arrangements/2027', {
      ...ARRANGEMENT_2027,
      workdays: ['2027-01-05'],
      holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['holidays.0.to', 'workdays.0']);
    const ok = await call('admin', 'PUT', '/holiday-arrangements/2027', ARRANGEMENT_2027);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ year: 2027, updatedBy: '系统管理员' });
    expect((await call('officer', 'GET', '/workdays?from=2026-12-24&add=10')).json().due).toBe('2027-01-08');
    const events = await env.superQuery(
      "SELECT type, payload FROM events WHERE aggregate_type = 'holiday_arrangement' AND aggregate_id = '2027'",
    );
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]).toMatchObject({ type: 'holiday_arrangement.saved' });
  });
});
