import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer4', 'reviewer', 'reviewer2', 'supervisor', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function notWhitelisted(n: number): Promise<{ id: string; name: string; version: number }[]> {
  const items = (await as('officer', 'GET', '/entities?whitelisted=false&industryCode=H62&pageSize=20')).json().items;
  return items.filter((e: { name: string }) => !e.name.includes('隆辉')).slice(0, n);
}

const step = async (user: string, id: string, action: string, reason: string, extra: object = {}) => {
  const version = (await as('supervisor', 'GET', '/whitelist?pageSize=500')).json().items.find((e: { id: string }) => e.id === id).version;
  return as(user, 'POST', `/whitelist/${id}/steps`, { action, reason, version, ...extra });
};

async function planAs(user: string, itemCode: string, entityId: string, windowFrom: string, windowTo: string) {
  const itemIds = ((await as(user, 'GET', '/inspection-items')).json() as { id: string; code: string }[])
    .filter((i) => i.code === itemCode)
    .map((i) => i.id);
  const officerIds = ((await as(user, 'GET', '/inspection-officers')).json() as { id: string }[]).slice(0, 2).map((o) => o.id);
  return as(user, 'POST', '/inspections', { entityId, type: 'routine', itemIds, officerIds, windowFrom, windowTo });
}

describe(`[WHITELIST][REGISTER] proposed, approved, confirmed, adjusted and removed with full history (${dbKind()})`, () => {
  it('an officer cannot whitelist; the entry goes through both keys, binds every department and keeps every change', async () => {
    const [entity] = await notWhitelisted(1);
    if (!entity) {
      throw new Error('no entity');
    }
    // The entity API has no whitelisting: the field is not in the update contract and is ignored.
    const full = (await as('officer', 'GET', `/entities/${entity.id}`)).json();
    const { id: _i, regionCode: _r, regionName: _rn, uscc: _u, industryName: _in, createdAt: _c, updatedAt: _up, ...editable } = full;
    const put = await as('officer', 'PUT', `/entities/${entity.id}`, {
      ...editable,
      legalRepresentativeIdNo: null,
      contactPhone: null,
      whitelisted: true,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().whitelisted).toBe(false);

    const proposed = await as('officer', 'POST', '/whitelist', {
      entityId: entity.id,
      basis: 'key_enterprise',
      reason: '本地龙头餐饮企业，近三年无违法记录',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const entry = proposed.json();
    expect(entry).toMatchObject({ state: 'proposed', inForce: false, departmentName: '常宁市市场监督管理局', proposedByName: '张伟' });
    expect((await as('officer', 'GET', `/entities/${entity.id}`)).json().whitelisted).toBe(false);
    // A second proposal for the same entity is refused while this one is open.
    const twice = await as('officer4', 'POST', '/whitelist', { entityId: entity.id, basis: 'key_enterprise', reason: '重复提出的申请' });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.code).toBe('WHITELIST.ALREADY_LISTED');

    // The officer holds neither key; another department's reviewer is not this department's reviewer.
    expect((await step('officer', entry.id, 'approve', '自己审核自己')).statusCode).toBe(403);
    const other = await step('reviewer2', entry.id, 'approve', '其他部门审核');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('WHITELIST.STEP_REFUSED');
    expect(other.json().error.message).toContain('常政办发〔2025〕5号 第十二项');
    expect((await step('supervisor', entry.id, 'confirm', '未经部门审核即确认')).json().error.code).toBe('WHITELIST.STEP_REFUSED');

    const approved = await step('reviewer', entry.id, 'approve', '经审核符合重点企业条件');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().state).toBe('approved');
    expect((await step('reviewer', entry.id, 'confirm', '部门自行确认')).statusCode).toBe(403);
    const confirmed = await step('supervisor', entry.id, 'confirm', '司法局确认列入白名单', { nextReviewOn: '2027-11-30' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ state: 'active', inForce: true, nextReviewOn: '2027-11-30' });
    expect((await as('officer', 'GET', `/entities/${entity.id}`)).json().whitelisted).toBe(true);

    // Visible to every department; the cap binds all of them: 卫健 visits first, then 市场监管 is refused naming the rule.
    const seen = (await as('officer4', 'GET', `/whitelist?q=${encodeURIComponent(entity.name)}`)).json();
    expect(seen.items.map((e: { id: string }) => e.id)).toContain(entry.id);
    const health = await planAs('officer4', 'WS-JC-001', entity.id, '2026-12-01', '2026-12-05');
    expect(health.statusCode, health.body).toBe(201);
    const second = await planAs('officer', 'SC-JC-001', entity.id, '2026-12-14', '2026-12-18');
    expect(second.statusCode).toBe(422);
    expect(second.json().error.code).toBe('INSPECTION.WHITELIST_ANNUAL_CAP');
    expect(second.json().error.message).toContain('常政办发〔2025〕5号 第十二项');
    expect(second.json().error.message).toContain('常宁市卫生健康局');

    // Adjusted, asked to be removed by a department, removed by the Judicial Bureau: the flag follows.
    expect((await step('supervisor', entry.id, 'adjust', '调整为重点行业', { basis: 'key_industry' })).json()).toMatchObject({
      state: 'active',
      basis: 'key_industry',
    });
    expect((await step('officer', entry.id, 'propose_removal', '发现违法行为，申请移出')).json().state).toBe('removal_proposed');
    expect((await as('officer', 'GET', `/entities/${entity.id}`)).json().whitelisted).toBe(true);
    expect((await step('supervisor', entry.id, 'remove', '经复核移出白名单')).json()).toMatchObject({ state: 'removed', inForce: false });
    expect((await as('officer', 'GET', `/entities/${entity.id}`)).json().whitelisted).toBe(false);

    const history = (await as('officer4', 'GET', `/whitelist/${entry.id}/history`)).json();
    expect(history.map((h: { action: string; toState: string; actorName: string }) => [h.action, h.toState, h.actorName])).toEqual([
      ['propose', 'proposed', '张伟'],
      ['approve', 'approved', '刘洋'],
      ['confirm', 'active', '陈静'],
      ['adjust', 'active', '陈静'],
      ['propose_removal', 'removal_proposed', '张伟'],
      ['remove', 'removed', '陈静'],
    ]);
    expect(history[3]).toMatchObject({ reason: '调整为重点行业', changes: { basis: { from: 'key_enterprise', to: 'key_industry' } } });
    expect(history[2].actorDepartmentName).toBe('常宁市司法局');
    const events = await env.superQuery('SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [entry.id]);
    expect((events.rows as { type: string }[]).map((e) => e.type)).toEqual([
      'whitelist.proposed',
      'whitelist.approve',
      'whitelist.confirm',
      'whitelist.adjust',
      'whitelist.propose_removal',
      'whitelist.remove',
    ]);
  });

  it('four eyes: the proposer cannot approve; an enterprise cannot read the register', async () => {
    const [, entity] = await notWhitelisted(2);
    const p = await as('reviewer', 'POST', '/whitelist', { entityId: entity?.id, basis: 'key_industry', reason: '特色产业重点企业' });
    expect(p.statusCode, p.body).toBe(201);
    const self = await step('reviewer', p.json().id, 'approve', '本人审核');
    expect(self.statusCode).toBe(422);
    expect(self.json().error.code).toBe('WHITELIST.SELF_APPROVAL');
    expect((await as('enterprise', 'GET', '/whitelist')).statusCode).toBe(403);
  });

  it('the demo register holds the seeded whitelisted entities, each with its history', async () => {
    const flagged = (await as('officer', 'GET', '/entities?whitelisted=true&pageSize=500')).json().total;
    const active = (await as('officer', 'GET', '/whitelist?state=active&pageSize=500')).json();
    expect(active.total).toBe(flagged);
    const h = (await as('officer', 'GET', `/whitelist/${active.items[0].id}/history`)).json();
    expect(h.map((x: { action: string }) => x.action)).toEqual(['propose', 'approve', 'confirm']);
  });
});
