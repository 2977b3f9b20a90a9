import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

/** Issue 14 item 2: each 工作台 figure equals the total of the list its link opens, with the same filter. */
let env: TestEnv;
const cookie: Record<string, string> = {};
const USERS = ['officer', 'reviewer', 'supervisor', 'admin', 'enterprise'] as const;
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of USERS) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

async function get(user: string, url: string) {
  const r = await env.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: cookie[user] as string } });
  expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
  return r.json();
}

/** The list's own endpoint for a 工作台 link, and how many rows it holds. */
async function listTotal(user: string, path: string): Promise<number> {
  const [page, query = ''] = path.split('?');
  const q = new URLSearchParams(query);
  switch (page) {
    case '/todo': {
      const items = (await get(user, '/todo')) as { kind: string }[];
      return items.filter((i) => !q.get('kind') || i.kind === q.get('kind')).length;
    }
    case '/inspections':
      return (await get(user, `/inspections?${q}&pageSize=1`)).total;
    case '/credit/corrections':
      return (await get(user, '/correction-items?status=open&pageSize=1')).total;
    case '/supervision/tasks':
      return (await get(user, '/supervision-tasks?pageSize=1')).total;
    case '/admin/users':
      return (await get(user, '/users?pageSize=1')).total;
    case '/admin/setup':
      return ((await get(user, '/setup-status')).checks as { done: boolean }[]).filter((c) => !c.done).length;
    case '/portal/cases':
      return (await get(user, '/cases?pageSize=1')).total;
    case '/portal/credit':
      return (await get(user, '/portal/credit-records')).items.length;
    case '/portal/surveys':
      return (await get(user, '/portal/surveys')).length;
    default:
      throw new Error(`no list for ${path}`);
  }
}

const EXPECTED: Record<(typeof USERS)[number], string[]> = {
  officer: ['todo', 'inspectionsDue', 'correctionItems'],
  reviewer: ['todo', 'caseApprovals', 'plansToApprove', 'inspectionsDue', 'correctionItems', 'supervisionTasks'],
  supervisor: ['correctionItems', 'supervisionTasks'],
  admin: ['users', 'setupMissing'],
  enterprise: ['myCases', 'myCreditRecords', 'mySurveys'],
};

describe(`[DASHBOARD] 工作台 counts per role equal the lists they link to (${dbKind()})`, () => {
  for (const user of USERS) {
    it(`${user}: ${EXPECTED[user].join(', ')}`, async () => {
      const { counts } = (await get(user, '/workbench/counts')) as { counts: { key: string; count: number; path: string }[] };
      expect(counts.map((c) => c.key)).toEqual(EXPECTED[user]);
      for (const c of counts) {
        expect(c.count, `${user} ${c.key} ${c.path}`).toBe(await listTotal(user, c.path));
      }
    });
  }

  it('answers 401 without a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/workbench/counts' })).statusCode).toBe(401);
  });
});
