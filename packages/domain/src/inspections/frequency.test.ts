import { EXEMPTION_GROUNDS, INSPECTION_TYPES, PLAN_STATUSES } from '@rouxing/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhitelistExemptionGround, WHITELIST_EXEMPTION_GROUNDS } from '../whitelist/exemptions';
import {
  checkPlan,
  countingYear,
  DEFAULT_FREQUENCY_CONFIG,
  type FrequencyContext,
  type PlannedInspection,
  type PlanUnderCheck,
} from './frequency';

const plan = (over: Partial<PlanUnderCheck> = {}): PlanUnderCheck => ({
  id: null,
  entityId: 'e1',
  departmentId: 'scjg',
  type: 'routine',
  windowFrom: '2026-06-01',
  windowTo: '2026-06-10',
  jointGroupId: null,
  createdBy: 'planner',
  exemption: null,
  ...over,
});
let seq = 0;
const past = (over: Partial<PlannedInspection> = {}): PlannedInspection => ({
  id: `p${++seq}`,
  entityId: 'e1',
  departmentId: 'scjg',
  departmentName: '常宁市市场监督管理局',
  type: 'routine',
  status: 'completed',
  windowFrom: '2026-03-01',
  windowTo: '2026-03-05',
  checkedInOn: null,
  jointGroupId: null,
  exemptionGround: null,
  ...over,
});
const ctx = (history: PlannedInspection[], over: Partial<FrequencyContext> = {}): FrequencyContext => ({
  stage: 'creation',
  whitelisted: false,
  history,
  ...over,
});
const rules = (r: ReturnType<typeof checkPlan>) => (r.ok ? [] : r.refusals.map((x) => x.rule));

describe('[INSPECTION][FREQUENCY] per-department cap of routine inspections per entity and calendar year', () => {
  it.each([
    ['no earlier inspection', [], []],
    ['one routine this year', [past()], []],
    ['two routine this year: the third is refused', [past(), past()], ['routine_cap']],
    ['two routine last year', [past({ windowFrom: '2025-03-01' }), past({ windowFrom: '2025-11-01' })], []],
    ['two routine of another department', [past({ departmentId: 'ws' }), past({ departmentId: 'ws' })], []],
    ['two routine of another entity', [past({ entityId: 'e2' }), past({ entityId: 'e2' })], []],
    ['one routine and one random', [past(), past({ type: 'random' })], []],
    ['one routine and one triggered, one special', [past(), past({ type: 'triggered' }), past({ type: 'special' })], []],
    ['two routine, one rejected', [past(), past({ status: 'rejected' })], []],
    ['two routine, one cancelled', [past(), past({ status: 'cancelled' })], []],
    ['two routine, one still pending approval', [past(), past({ status: 'pending_approval' })], ['routine_cap']],
    ['an exempt routine counts too', [past(), past({ exemptionGround: 'complaint_clue' })], ['routine_cap']],
    // Window began in 2025, visited in 2026: it counts in 2026 (the year of the visit).
    ['a 2025 window checked in on 2026-01-02', [past(), past({ windowFrom: '2025-12-28', checkedInOn: '2026-01-02' })], ['routine_cap']],
  ] as const)('%s → %j', (_label, history, expected) => {
    expect(rules(checkPlan(plan(), ctx([...history])))).toEqual(expected);
  });

  it('only routine plans are capped: a random, triggered, joint or special plan passes over two routine ones', () => {
    for (const type of ['random', 'triggered', 'joint', 'special'] as const) {
      expect(checkPlan(plan({ type }), ctx([past(), past()])).ok).toBe(true);
    }
  });

  it('names the rule and its limit in Chinese, and says what the user can do', () => {
    const r = checkPlan(plan(), ctx([past(), past()]));
    expect(r).toMatchObject({ ok: false, refusals: [{ rule: 'routine_cap', code: 'INSPECTION.ROUTINE_CAP', limit: 2, used: 2 }] });
    if (!r.ok) {
      expect(r.refusals[0]?.message).toContain('常规检查不超过2次');
      expect(r.refusals[0]?.message).toContain('常政办发〔2025〕5号 第十五项');
      expect(r.refusals[0]?.remedy).toContain('经审核人员批准');
      expect(r.refusals[0]?.remedy).toContain('联合检查');
    }
  });

  it('takes the cap from the configuration', () => {
    const config = { ...DEFAULT_FREQUENCY_CONFIG, routineCapPerDepartment: 1 };
    expect(rules(checkPlan(plan(), ctx([past()]), config))).toEqual(['routine_cap']);
    expect(checkPlan(plan(), ctx([]), config)).toMatchObject({ ok: true, counted: { departmentRoutine: { count: 1, cap: 1 } } });
  });

  it('skips the plan itself at approval (it is already stored)', () => {
    const stored = past({ id: 'me', status: 'pending_approval', windowFrom: '2026-06-01' });
    expect(checkPlan(plan({ id: 'me' }), ctx([past(), stored], { stage: 'approval' })).ok).toBe(true);
  });
});

describe('[INSPECTION][FREQUENCY] 白名单 “一年最多查一次” across departments, a joint inspection once', () => {
  const white = (history: PlannedInspection[], over: Partial<FrequencyContext> = {}) => ctx(history, { whitelisted: true, ...over });
  it.each([
    ['the first visit of the year', plan(), [], []],
    ['a second visit by another department', plan(), [past({ departmentId: 'ws', type: 'triggered' })], ['whitelist_annual_cap']],
    ['a random visit counts', plan({ type: 'triggered' }), [past({ type: 'random' })], ['whitelist_annual_cap']],
    ['a visit last year does not', plan(), [past({ windowFrom: '2025-06-01' })], []],
    ['a cancelled plan does not', plan(), [past({ status: 'cancelled' })], []],
    [
      'joining the joint inspection already planned',
      plan({ type: 'joint', jointGroupId: 'g1' }),
      [past({ type: 'joint', jointGroupId: 'g1', status: 'approved' }), past({ departmentId: 'ws', type: 'joint', jointGroupId: 'g1' })],
      [],
    ],
    [
      'a joint inspection is one visit: a new one after it is the second',
      plan(),
      [past({ type: 'joint', jointGroupId: 'g1' }), past({ departmentId: 'ws', type: 'joint', jointGroupId: 'g1' })],
      ['whitelist_annual_cap'],
    ],
    [
      'joining still adds no visit when an exempt visit already happened',
      plan({ type: 'joint', jointGroupId: 'g1' }),
      [past({ exemptionGround: 'complaint_clue' }), past({ type: 'joint', jointGroupId: 'g1', status: 'approved' })],
      [],
    ],
    ['both caps at once', plan(), [past(), past()], ['routine_cap', 'whitelist_annual_cap']],
  ] as const)('%s → %j', (_label, p, history, expected) => {
    expect(rules(checkPlan(p, white([...history])))).toEqual(expected);
  });

  it('counts visits in the result and flags a plan joining a counted visit', () => {
    expect(checkPlan(plan(), white([]))).toMatchObject({ ok: true, counted: { year: 2026, whitelistVisits: { count: 1, cap: 1 } } });
    const joint = checkPlan(plan({ type: 'joint', jointGroupId: 'g1' }), white([past({ type: 'joint', jointGroupId: 'g1' })]));
    expect(joint).toMatchObject({ ok: true, counted: { whitelistVisits: { count: 1 }, joinsCountedVisit: true } });
    expect(checkPlan(plan(), ctx([]))).toMatchObject({ ok: true, counted: { whitelistVisits: null } });
  });

  it('proposes joining a planned visit by name and window, or next year once the visit was made', () => {
    const planned = checkPlan(plan(), white([past({ departmentId: 'ws', departmentName: '常宁市卫生健康局', status: 'approved' })]));
    expect(planned.ok).toBe(false);
    if (!planned.ok) {
      expect(planned.refusals[0]?.message).toContain('上限1次');
      expect(planned.refusals[0]?.message).toContain('常政办发〔2025〕5号 第十二项');
      expect(planned.refusals[0]?.remedy).toContain('请与常宁市卫生健康局（2026-03-01至2026-03-05）的检查合并为联合检查');
    }
    const done = checkPlan(plan(), white([past()]));
    if (!done.ok) {
      expect(done.refusals[0]?.remedy).toContain('下一年度');
      expect(done.refusals[0]?.remedy).toContain('触发式监管');
    }
  });
});

describe('[INSPECTION][FREQUENCY] exemptions: a stated ground, a reviewer approval, counted and reported', () => {
  const exemption = (approvedBy: string | null = null, reason = '12345热线投诉：后厨卫生问题（TS-2026-0117）') => ({
    ground: 'complaint_clue' as const,
    reason,
    approvedBy,
  });
  const full = [past(), past()];

  it.each([
    ['creation, not yet approved: passes the caps', plan({ exemption: exemption() }), 'creation', []],
    ['approval, approved by a reviewer', plan({ exemption: exemption('reviewer') }), 'approval', []],
    ['approval, not approved', plan({ exemption: exemption() }), 'approval', ['exemption_not_approved']],
    ['approved by the planner', plan({ exemption: exemption('planner') }), 'approval', ['exemption_self_approved']],
    ['no reason given', plan({ exemption: exemption(null, '  ') }), 'creation', ['exemption_reason_missing']],
    ['no exemption: refused by both caps', plan(), 'approval', ['routine_cap', 'whitelist_annual_cap']],
  ] as const)('%s → %j', (_label, p, stage, expected) => {
    expect(rules(checkPlan(p, ctx(full, { stage, whitelisted: true })))).toEqual(expected);
  });

  it('reports the ground, whether approved, and the caps it overrides', () => {
    const r = checkPlan(plan({ exemption: exemption('reviewer') }), ctx(full, { stage: 'approval', whitelisted: true }));
    expect(r).toEqual({
      ok: true,
      counted: {
        year: 2026,
        departmentRoutine: { count: 3, cap: 2 },
        whitelistVisits: { count: 3, cap: 1 },
        joinsCountedVisit: false,
        exemption: { ground: 'complaint_clue', approved: true, overrides: ['routine_cap', 'whitelist_annual_cap'] },
      },
    });
    expect(checkPlan(plan({ exemption: exemption() }), ctx([]))).toMatchObject({
      ok: true,
      counted: { exemption: { approved: false, overrides: [] } },
    });
  });

  it('lets a whitelisted entity be visited again only on the grounds of 常政办发〔2025〕5号 第十二项 (key-item 刚性查 among them)', () => {
    const on = (ground: (typeof EXEMPTION_GROUNDS)[number]) =>
      checkPlan(
        plan({ exemption: { ground, reason: '重点事项年度刚性检查', approvedBy: 'reviewer' } }),
        ctx([past()], { stage: 'approval', whitelisted: true }),
      );
    expect(on('key_item_rigid').ok).toBe(true);
    expect(on('complaint_clue').ok).toBe(true);
    const special = on('higher_level_special');
    expect(rules(special)).toEqual(['whitelist_annual_cap']);
    expect(special.ok ? '' : special.refusals[0]?.message).toContain('不是白名单企业的豁免事由');
    // Without the whitelist the same ground passes the routine cap.
    expect(
      checkPlan(
        plan({ exemption: { ground: 'higher_level_special', reason: '省局专项', approvedBy: 'reviewer' } }),
        ctx(full, { stage: 'approval' }),
      ).ok,
    ).toBe(true);
    expect(WHITELIST_EXEMPTION_GROUNDS.map((g) => g.ground)).toEqual([
      'key_item_rigid',
      'complaint_clue',
      'public_safety_life_health',
      'referral',
    ]);
    for (const g of WHITELIST_EXEMPTION_GROUNDS) {
      expect(g.citation).toMatch(/常政办发〔2025〕5号 第(四|十二)项/);
    }
  });

  it('names the ground in its messages', () => {
    const r = checkPlan(plan({ exemption: { ground: 'public_safety_life_health', reason: '', approvedBy: null } }), ctx([]));
    expect(r.ok ? '' : r.refusals[0]?.message).toContain('涉及公共安全和人民群众生命健康');
  });
});

describe('[INSPECTION][FREQUENCY] properties', () => {
  const history = fc.array(
    fc.record({
      id: fc.uuid(),
      entityId: fc.constantFrom('e1', 'e2'),
      departmentId: fc.constantFrom('scjg', 'ws', 'yj'),
      type: fc.constantFrom(...INSPECTION_TYPES),
      status: fc.constantFrom(...PLAN_STATUSES),
      windowFrom: fc.constantFrom('2025-12-30', '2026-01-01', '2026-06-01', '2026-12-31', '2027-01-01'),
      windowTo: fc.constant('2027-01-05'),
      checkedInOn: fc.constantFrom(null, '2026-01-02', '2027-01-02'),
      jointGroupId: fc.constantFrom(null, null, 'g1', 'g2'),
      exemptionGround: fc.constantFrom(null, ...EXEMPTION_GROUNDS),
    }),
    { maxLength: 12 },
  );
  const planArb = fc.record({
    id: fc.constant(null),
    entityId: fc.constant('e1'),
    departmentId: fc.constantFrom('scjg', 'ws', 'yj'),
    type: fc.constantFrom(...INSPECTION_TYPES),
    windowFrom: fc.constantFrom('2026-01-01', '2026-06-01'),
    windowTo: fc.constant('2026-12-31'),
    jointGroupId: fc.constantFrom(null, 'g1'),
    createdBy: fc.constant('planner'),
    exemption: fc.constant(null),
  });

  it('a plan with an approved, reasoned exemption is never refused (a whitelisted entity: on a whitelist ground)', () => {
    fc.assert(
      fc.property(planArb, history, fc.boolean(), fc.constantFrom(...EXEMPTION_GROUNDS), (p, h, whitelisted, ground) => {
        const exempt = { ...p, exemption: { ground, reason: '移送函 常公移〔2026〕3号', approvedBy: 'reviewer' } };
        const ok = checkPlan(exempt, { stage: 'approval', whitelisted, history: h }).ok;
        if (!whitelisted || isWhitelistExemptionGround(ground)) {
          expect(ok).toBe(true);
        }
      }),
    );
  });

  it('the outcome depends neither on the order of the history nor on rows of other entities or not counted', () => {
    fc.assert(
      fc.property(planArb, history, fc.boolean(), (p, h, whitelisted) => {
        const expected = checkPlan(p, { stage: 'creation', whitelisted, history: h });
        const relevant = h.filter((x) => x.entityId === 'e1' && x.status !== 'rejected' && x.status !== 'cancelled');
        expect(checkPlan(p, { stage: 'creation', whitelisted, history: [...h].reverse() })).toEqual(expected);
        expect(checkPlan(p, { stage: 'creation', whitelisted, history: relevant })).toEqual(expected);
      }),
    );
  });

  it('refuses exactly when a cap would be exceeded by a new visit', () => {
    fc.assert(
      fc.property(planArb, history, fc.boolean(), (p, h, whitelisted) => {
        const r = checkPlan(p, { stage: 'creation', whitelisted, history: h });
        const year = countingYear(p);
        const counted = h.filter(
          (x) => x.entityId === 'e1' && x.status !== 'rejected' && x.status !== 'cancelled' && countingYear(x) === year,
        );
        const routine = counted.filter((x) => x.departmentId === p.departmentId && x.type === 'routine').length;
        const visits = new Set(counted.map((x) => x.jointGroupId ?? x.id));
        const joins = p.jointGroupId !== null && visits.has(p.jointGroupId);
        const expected = [
          ...(p.type === 'routine' && routine >= 2 ? ['routine_cap'] : []),
          ...(whitelisted && !joins && visits.size >= 1 ? ['whitelist_annual_cap'] : []),
        ];
        expect(rules(r)).toEqual(expected);
      }),
    );
  });
});
