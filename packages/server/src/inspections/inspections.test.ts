import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';

let env: TestEnv;
const cookie: Record<string, string> = {};
let entityId: string;
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer2', 'reviewer', 'supervisor', 'enterprise', 'officer4']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const e = await as('officer', 'GET', '/entities?q=隆辉');
  entityId = e.json().items[0].id;
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function planInput(overrides: object = {}) {
  const items = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; code: string }[];
  const officers = ((await as('officer', 'GET', '/inspection-officers')).json() as { id: string; displayName: string }[]).filter((o) =>
    ['张伟', '王芳'].includes(o.displayName),
  );
  return {
    entityId,
    type: 'routine',
    itemIds: items.filter((i) => i.code === 'SC-JC-001' || i.code === 'SC-JC-002').map((i) => i.id),
    officerIds: officers.map((o) => o.id),
    windowFrom: '2026-11-28',
    windowTo: '2026-12-05',
    ...overrides,
  };
}

describe(`[INSPECTION][CODE] plan, approval, signed code, check-in/out, rating (${dbKind()})`, () => {
  it('runs the whole loop and keeps the rating from the department', async () => {
    const created = await as('officer', 'POST', '/inspections', await planInput());
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({
      status: 'pending_approval',
      officers: [{ certificateNo: expect.any(String) }, { certificateNo: expect.any(String) }],
    });
    // No code before approval; the planner cannot approve.
    const early = await as('officer', 'GET', `/inspections/${plan.id}/code`);
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'INSPECTION.NOT_APPROVED', message: '检查计划经批准后才生成检查码' });
    expect((await as('officer', 'POST', `/inspections/${plan.id}/approve`)).statusCode).toBe(403);
    const approved = await as('reviewer', 'POST', `/inspections/${plan.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');

    // The QR code decodes to the public verification address carrying the signed token.
    const png = await as('officer', 'GET', `/inspections/${plan.id}/code.png`);
    expect(png.headers['content-type']).toBe('image/png');
    const img = PNG.sync.read(png.rawPayload);
    const decoded = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
    const code = (await as('officer', 'GET', `/inspections/${plan.id}/code`)).json();
    expect(decoded?.data).toBe(code.url);
    const token = decodeURIComponent(new URL(code.url).pathname.replace(/^\/v\//, ''));
    const view = await env.app.inject({ method: 'GET', url: `/api/v1/public/inspection-codes/${encodeURIComponent(token)}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ state: 'valid', departmentName: '常宁市市场监督管理局' });
    expect(
      view
        .json()
        .officers.map((o: { displayName: string }) => o.displayName)
        .sort(),
    ).toEqual(['张伟', '王芳'].sort());
    // An altered token is refused plainly.
    const altered = `${token.slice(0, -3)}${token.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect(
      (await env.app.inject({ method: 'GET', url: `/api/v1/public/inspection-codes/${encodeURIComponent(altered)}` })).json().state,
    ).toBe('invalid');

    // Check-in twice is one check-in.
    const in1 = await as('officer', 'POST', `/inspections/${plan.id}/check-in`, { location: { latitude: 26.42, longitude: 112.4 } });
    const in2 = await as('officer', 'POST', `/inspections/${plan.id}/check-in`, { location: { latitude: 26.42, longitude: 112.4 } });
    expect(in1.statusCode, in1.body).toBe(200);
    expect(in2.json().checkedInAt).toBe(in1.json().checkedInAt);
    // The answer is built from what the step wrote and read under the lock (no re-read): it is the plan as stored.
    expect(in1.json()).toEqual((await as('officer', 'GET', `/inspections/${plan.id}`)).json());
    expect(in2.json()).toEqual(in1.json());
    const events = await env.superQuery(
      "SELECT count(*)::int AS n FROM events WHERE aggregate_id = $1 AND type = 'inspection.checked_in'",
      [plan.id],
    );
    expect((events.rows[0] as { n: number }).n).toBe(1);
    const tooEarly = await as('enterprise', 'POST', `/inspections/${plan.id}/rating`, { conduct: 5, etiquette: 5, disruption: 4 });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().error.code).toBe('INSPECTION.NOT_COMPLETED');
    const out = await as('officer2', 'POST', `/inspections/${plan.id}/check-out`, { result: 'no_problem' });
    expect(out.json()).toMatchObject({ status: 'completed', result: 'no_problem' });
    expect(out.json()).toEqual((await as('officer2', 'GET', `/inspections/${plan.id}`)).json());

    // Every score is the enterprise's own: none is assumed (issue 14, defect 3).
    const partial = await as('enterprise', 'POST', `/inspections/${plan.id}/rating`, { conduct: 5, comment: '只评了一项' });
    expect(partial.statusCode).toBe(422);
    expect(partial.json().error.fields).toEqual([
      { path: 'etiquette', message: '请评价文明礼仪' },
      { path: 'disruption', message: '请评价对经营的影响' },
    ]);
    const zero = await as('enterprise', 'POST', `/inspections/${plan.id}/rating`, { conduct: 0, etiquette: 5, disruption: 5 });
    expect(zero.json().error.fields).toEqual([{ path: 'conduct', message: '评分为1至5分' }]);
    const rated = await as('enterprise', 'POST', `/inspections/${plan.id}/rating`, {
      conduct: 5,
      etiquette: 4,
      disruption: 3,
      comment: '检查人员态度好',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const again = await as('enterprise', 'POST', `/inspections/${plan.id}/rating`, { conduct: 1, etiquette: 1, disruption: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT.DUPLICATE');
    const byDept = (await as('reviewer', 'GET', `/inspections/${plan.id}`)).json();
    expect(byDept).toMatchObject({ rated: true, rating: null });
    const bySupervisor = (await as('supervisor', 'GET', `/inspections/${plan.id}`)).json();
    expect(bySupervisor.rating).toMatchObject({ conduct: 5, etiquette: 4, disruption: 3, comment: '检查人员态度好' });
    expect((await as('officer4', 'GET', `/inspections/${plan.id}`)).statusCode).toBe(404);
    const own = (await as('enterprise', 'GET', '/inspections')).json();
    expect(own.items.map((p: { id: string }) => p.id)).toContain(plan.id);
  });

  it('refuses a plan with one officer, an unpublished item or another department’s item, naming the field', async () => {
    const items = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; code: string }[];
    const unpublished = items.find((i) => i.code === 'SC-JC-099')?.id;
    const one = await as('officer', 'POST', '/inspections', { ...(await planInput()), officerIds: [(await planInput()).officerIds[0]] });
    expect(one.statusCode).toBe(422);
    expect(one.json().error.fields[0]).toEqual({ path: 'officerIds', message: '检查须有两名以上持证执法人员' });
    const draftItem = await as('officer', 'POST', '/inspections', await planInput({ itemIds: [unpublished] }));
    expect(draftItem.statusCode).toBe(422);
    expect(draftItem.json().error.fields[0]).toEqual({
      path: 'itemIds.0',
      message: '检查事项“网络餐饮服务第三方平台入网审查（拟新增）”未公布，不得实施检查',
    });
    const window = await as('officer', 'POST', '/inspections', await planInput({ windowFrom: '2026-12-05', windowTo: '2026-12-01' }));
    expect(window.json().error.fields[0].path).toBe('windowTo');
  });
});

describe(`[INSPECTION][LIFECYCLE] steps out of order are refused with the rule's code, 422 (${dbKind()})`, () => {
  it('refuses entry before approval and outside the window, a second approval, a check-out before check-in', async () => {
    const others = (await as('officer', 'GET', '/entities?whitelisted=false&industryCode=C&pageSize=10')).json().items as { id: string }[];
    const [first, second] = others.map((e) => e.id);
    const created = await as('officer', 'POST', '/inspections', await planInput({ entityId: first }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const early = await as('officer', 'POST', `/inspections/${id}/check-in`, { location: null });
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toEqual({
      code: 'INSPECTION.NOT_APPROVED',
      message: '检查计划未经批准，不得入企检查',
      fields: [{ path: 'status', message: '检查计划未经批准，不得入企检查' }],
    });
    const out = await as('officer', 'POST', `/inspections/${id}/check-out`, { result: 'no_problem' });
    expect(out.statusCode).toBe(422);
    expect(out.json().error.code).toBe('INSPECTION.NOT_CHECKED_IN');
    expect((await as('reviewer', 'POST', `/inspections/${id}/approve`)).statusCode).toBe(200);
    for (const step of ['approve', 'reject']) {
      const twice = await as('reviewer', 'POST', `/inspections/${id}/${step}`, { reason: '重复审批' });
      expect(twice.statusCode).toBe(422);
      expect(twice.json().error.code).toBe('INSPECTION.NOT_PENDING_APPROVAL');
    }
    // The body of a check-in may be left out (no position).
    const checkedIn = await env.app.inject({
      method: 'POST',
      url: `/api/v1/inspections/${id}/check-in`,
      headers: { cookie: cookie.officer as string },
    });
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json().status).toBe('checked_in');

    const later = await as(
      'officer',
      'POST',
      '/inspections',
      await planInput({ entityId: second, windowFrom: '2026-12-10', windowTo: '2026-12-12' }),
    );
    expect(later.statusCode, later.body).toBe(201);
    expect((await as('reviewer', 'POST', `/inspections/${later.json().id}/approve`)).statusCode).toBe(200);
    const outside = await as('officer', 'POST', `/inspections/${later.json().id}/check-in`, { location: null });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error).toMatchObject({
      code: 'INSPECTION.OUTSIDE_WINDOW',
      message: '不在批准的检查期限（2026-12-10至2026-12-12）内，不得入企检查',
      fields: [{ path: 'window' }],
    });
  });
});

describe(`[INSPECTION][FREQUENCY] whitelist 一年最多查一次 and exemptions (${dbKind()})`, () => {
  it('refuses a second routine plan for a whitelisted entity in the year naming the rule, and lets an approved exemption through, counted', async () => {
    const listed = (await as('officer', 'GET', '/entities?whitelisted=true&pageSize=5')).json().items as { id: string }[];
    const target = listed[0]?.id as string;
    expect(target).toBeTruthy();
    const first = await as('officer', 'POST', '/inspections', await planInput({ entityId: target }));
    expect(first.statusCode, first.body).toBe(201);
    const second = await as(
      'officer',
      'POST',
      '/inspections',
      await planInput({ entityId: target, windowFrom: '2026-12-10', windowTo: '2026-12-12' }),
    );
    expect(second.statusCode).toBe(422);
    expect(second.json().error.code).toBe('INSPECTION.WHITELIST_ANNUAL_CAP');
    expect(second.json().error.fields[0].path).toBe('frequency.whitelist_annual_cap');
    expect(second.json().error.message).toContain('白名单企业“一年最多查一次”');
    expect(second.json().error.message).toContain('豁免事由');

    const exempt = await as(
      'officer',
      'POST',
      '/inspections',
      await planInput({
        entityId: target,
        windowFrom: '2026-12-10',
        windowTo: '2026-12-12',
        exemptionGround: 'complaint_clue',
        exemptionReason: '12345热线投诉：售卖过期食品',
      }),
    );
    expect(exempt.statusCode, exempt.body).toBe(201);
    const approved = await as('reviewer', 'POST', `/inspections/${exempt.json().id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const ev = await env.superQuery("SELECT payload FROM events WHERE aggregate_id = $1 AND type = 'inspection.approved'", [
      exempt.json().id,
    ]);
    expect((ev.rows[0] as { payload: { counted: unknown } }).payload.counted).toMatchObject({
      exemption: { ground: 'complaint_clue', approved: true, overrides: ['whitelist_annual_cap'] },
      whitelistVisits: { count: 2, cap: 1 },
    });
  });
});

describe(`[INSPECTION][JOINT] 综合查一次: plans of 市场监管 and 卫健 for one catering entity merge into one visit (${dbKind()})`, () => {
  it('offers the merge, merges, counts one visit and updates the food/drug/catering joint rate', async () => {
    const catering = (await as('officer', 'GET', '/entities?industryCode=H62&pageSize=10')).json().items as { id: string; name: string }[];
    const target = catering.find((e) => !e.name.includes('隆辉'))?.id as string;
    const itemsOf = async (user: string, code: string) =>
      ((await as(user, 'GET', '/inspection-items')).json() as { id: string; code: string }[])
        .filter((i) => i.code === code)
        .map((i) => i.id);
    const officersOf = async (user: string) =>
      ((await as(user, 'GET', '/inspection-officers')).json() as { id: string }[]).map((o) => o.id);
    const food = await as('officer', 'POST', '/inspections', {
      entityId: target,
      type: 'routine',
      itemIds: await itemsOf('officer', 'SC-JC-001'),
      officerIds: await officersOf('officer'),
      windowFrom: '2026-12-01',
      windowTo: '2026-12-05',
    });
    expect(food.statusCode, food.body).toBe(201);
    const health = await as('officer4', 'POST', '/inspections', {
      entityId: target,
      type: 'routine',
      itemIds: await itemsOf('officer4', 'WS-JC-001'),
      officerIds: await officersOf('officer4'),
      windowFrom: '2026-12-10',
      windowTo: '2026-12-15',
    });
    expect(health.statusCode, health.body).toBe(201);
    const before = (await as('supervisor', 'GET', '/inspection-metrics?year=2026')).json();

    const offered = (await as('officer', 'GET', `/inspections/${food.json().id}/merge-candidates`)).json();
    expect(offered).toEqual([expect.objectContaining({ planId: health.json().id, departmentName: '常宁市卫生健康局', gapDays: 5 })]);
    // Another department's officer is not told of a plan it cannot see (the same 404 as GET /inspections/{id}).
    expect((await as('officer4', 'GET', `/inspections/${food.json().id}/merge-candidates`)).statusCode).toBe(404);
    const merged = await as('officer', 'POST', `/inspections/${food.json().id}/merge`, { otherPlanId: health.json().id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await as('officer', 'GET', `/inspections/${food.json().id}/merge-candidates`)).json()).toEqual([]);

    const after = (await as('supervisor', 'GET', '/inspection-metrics?year=2026')).json();
    // Planned visits: two plans became one joint visit. The joint rate counts visits once checked in (joint-rate.test.ts).
    expect(after.visits).toBe(before.visits - 1);
    expect(after.jointVisits).toBe(before.jointVisits + 1);
    expect(after.foodDrugCatering.target).toBe(0.2);
    expect(after.repeatedInspectionsPrevented).toBeGreaterThanOrEqual(1);
  });
});

describe(`[INSPECTION][DRAW] 双随机一公开: reproducible from the seed, conflicts respected (${dbKind()})`, () => {
  it('gives the same entities and officers for the same seed, and never draws an officer with a declared conflict', async () => {
    const body = {
      title: '2026年餐饮服务单位双随机抽查',
      industryPrefix: 'H62',
      seed: 20261128,
      ratios: { A: 0.2, B: 0.3, C: 0.4, D: 0.5 },
    };
    const first = await as('reviewer', 'POST', '/random-draws', body);
    expect(first.statusCode, first.body).toBe(201);
    const a = first.json();
    expect(a.entries.length).toBeGreaterThan(0);
    expect(a.seed).toBe(20261128);
    for (const e of a.entries) {
      expect(e.officerIds).toHaveLength(2);
      expect(new Set(e.officerIds).size).toBe(2);
    }
    const again = (await as('reviewer', 'POST', '/random-draws', body)).json();
    expect(again.entries.map((e: { entityId: string; officerIds: string[] }) => [e.entityId, e.officerIds])).toEqual(
      a.entries.map((e: { entityId: string; officerIds: string[] }) => [e.entityId, e.officerIds]),
    );
    expect(again.poolFingerprint).toBe(a.poolFingerprint);

    // 张伟 declares a conflict with every entity he was drawn for; the same seed then never draws him for them.
    const zhang = (await as('officer', 'GET', '/inspection-officers'))
      .json()
      .find((o: { displayName: string }) => o.displayName === '张伟').id;
    const his = a.entries.filter((e: { officerIds: string[] }) => e.officerIds.includes(zhang));
    expect(his.length).toBeGreaterThan(0);
    for (const e of his) {
      const r = await as('officer', 'POST', '/officer-conflicts', { entityId: e.entityId, reason: '近亲属在该企业任职' });
      expect(r.statusCode, r.body).toBe(200);
    }
    const third = (await as('reviewer', 'POST', '/random-draws', body)).json();
    expect(third.entries.map((e: { entityId: string }) => e.entityId)).toEqual(a.entries.map((e: { entityId: string }) => e.entityId));
    for (const e of third.entries) {
      if (his.some((h: { entityId: string }) => h.entityId === e.entityId)) {
        expect(e.officerIds).not.toContain(zhang);
      }
    }
    const published = await env.app.inject({ method: 'GET', url: '/api/v1/public/random-draws' });
    expect(published.json()[0]).toMatchObject({ seed: 20261128, poolFingerprint: a.poolFingerprint, title: body.title });
    expect(published.json()[0].entries[0]).not.toHaveProperty('officerIds');
    expect((await as('officer', 'POST', '/random-draws', body)).statusCode).toBe(403);
  });
});

describe(`[INSPECTION][TRIGGER] complaints about a non-key item start one triggered task (${dbKind()})`, () => {
  it('creates one task after three complaints within the window, with the complaints as evidence', async () => {
    const items = (await env.app.inject({ method: 'GET', url: '/api/v1/public/complaint-items' })).json() as { id: string; name: string }[];
    const price = items.find((i) => i.name === '明码标价情况')?.id as string;
    expect(price).toBeTruthy();
    const target = (await as('officer', 'GET', '/entities?industryCode=H62&pageSize=10')).json().items[2] as { uscc: string; name: string };
    const complain = (content: string, file?: Buffer) => {
      const m = multipartBody('photo.png', file ?? Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), {
        uscc: target.uscc,
        itemId: price,
        content,
        contact: '13800000000',
      });
      return env.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        headers: { 'content-type': m.contentType },
        payload: m.payload,
      });
    };
    // The clock moves by days here: sign in again each time (sessions expire after 30 idle minutes).
    const tasks = async (user = 'officer') => {
      cookie[user] = await loginAs(env.app, user);
      return ((await as(user, 'GET', '/triggered-tasks')).json() as { entityName: string; signals: number }[]).filter(
        (t) => t.entityName === target.name,
      );
    };
    expect((await complain('菜单未标明价格')).statusCode).toBe(201);
    env.clock.advance(86_400_000);
    expect((await complain('结账时价格与菜单不符')).statusCode).toBe(201);
    expect(await tasks()).toEqual([]);
    env.clock.advance(86_400_000);
    expect((await complain('收取未公示的服务费')).statusCode).toBe(201);
    expect(await tasks()).toEqual([expect.objectContaining({ signals: 3 })]);
    // A fourth joins the open task; it does not start another.
    expect((await complain('再次发现未明码标价')).statusCode).toBe(201);
    expect(await tasks()).toEqual([expect.objectContaining({ signals: 4 })]);
    // Attachments are checked for type.
    const bad = await complain('附件不是图片', Buffer.from('MZ executable'));
    expect(bad.statusCode).toBe(415);
    expect(bad.json().error.fields[0].path).toBe('attachments.0');
    // The department of the item sees it; another department does not.
    expect(await tasks('officer4')).toEqual([]);
  });
});

describe(`[INSPECTION][TRIGGER] a monitoring alert about a non-key item starts one triggered task (${dbKind()})`, () => {
  it('one disinfection alert starts a task for 卫健; a second joins it; an enterprise account may not post', async () => {
    for (const u of ['officer', 'officer4', 'enterprise']) {
      cookie[u] = await loginAs(env.app, u);
    }
    const items = (await as('officer4', 'GET', '/inspection-items')).json() as { id: string; code: string }[];
    const itemId = items.find((i) => i.code === 'WS-JC-002')?.id as string;
    const target = (await as('officer', 'GET', '/entities?industryCode=H62&pageSize=10')).json().items[3] as { uscc: string };
    const alert = { uscc: target.uscc, itemId, content: '消毒设施运行数据异常' };
    const first = await as('officer4', 'POST', '/monitoring-alerts', alert);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ signalId: expect.any(String), taskId: expect.any(String), taskCreated: true });
    const second = await as('officer4', 'POST', '/monitoring-alerts', alert);
    expect(second.json()).toEqual({ signalId: expect.any(String), taskId: first.json().taskId, taskCreated: false });
    expect((await as('enterprise', 'POST', '/monitoring-alerts', alert)).statusCode).toBe(403);
  });
});
