import { MEASURE_TYPES, OBSERVATION_PREFERRED_MEASURES } from '@rouxing/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from './document-number';
import {
  commitmentDeadline,
  commitmentOverdue,
  DEFAULT_FOLLOW_UP_DAYS,
  followUpDueOn,
  followUpOverdue,
  type InterviewDetails,
  interviewProblem,
  MEASURE_TYPE_SPECS,
  type MeasureDraft,
  measureArchiveItems,
  measureDocument,
  measureDraftProblem,
  recordMeasure,
  type ServiceOffsetRule,
  serviceOffsetReduction,
  serviceOffsetRuleProblems,
} from './measures';

const rule = (over: Partial<ServiceOffsetRule> = {}): ServiceOffsetRule => ({
  departmentId: 'ga',
  field: 'public_security',
  yuanPerHour: 50,
  capYuan: 200,
  capPercentOfFine: 50,
  ...over,
});

describe('[CASE][MEASURE] the measure types as data', () => {
  it('gives every type with a document that document in its file, with a 送达回证 exactly when it is served', () => {
    for (const type of MEASURE_TYPES) {
      const spec = MEASURE_TYPE_SPECS[type];
      const items = spec.archiveItems;
      if (spec.document === null) {
        expect(items, type).not.toContain('document');
        continue;
      }
      expect(items, type).toContain('document');
      expect(items.includes('delivery_proof'), type).toBe(DOCUMENT_TYPES[spec.document].served);
    }
  });

  it('needs no document for the simple forms, nor for a reminder or suggestion given orally', () => {
    expect(MEASURE_TYPE_SPECS.oral_explanation.document).toBeNull();
    expect(MEASURE_TYPE_SPECS.leaflet.document).toBeNull();
    expect(measureDocument({ type: 'administrative_reminder', oral: true })).toBeNull();
    expect(measureArchiveItems({ type: 'administrative_reminder', oral: true, commitment: null })).toEqual(['oral_record']);
    expect(measureDocument({ type: 'administrative_reminder', oral: false })).toBe('administrative_reminder');
    // Only 常政办发〔2025〕5号 第三项's reminder and suggestion may be oral.
    expect(measureDocument({ type: 'admonition', oral: true })).toBe('admonition');
  });

  it('lists 常政办发〔2025〕5号 第十四项 observation-period measures in the policy order and flags them on their types', () => {
    expect(OBSERVATION_PREFERRED_MEASURES).toEqual([
      'education_reminder',
      'persuasion',
      'admonition',
      'administrative_reminder',
      'administrative_guidance',
      'interview',
    ]);
    expect(MEASURE_TYPES.filter((t) => MEASURE_TYPE_SPECS[t].observationPreferred).sort()).toEqual(
      [...OBSERVATION_PREFERRED_MEASURES].sort(),
    );
  });

  it('ends the case with a no-penalty decision or an offset (each approved by a reviewer), starts a deadline with a commitment', () => {
    expect(MEASURE_TYPES.filter((t) => MEASURE_TYPE_SPECS[t].effect === 'completes')).toEqual([
      'no_penalty_decision',
      'community_service_offset',
    ]);
    expect(MEASURE_TYPES.filter((t) => MEASURE_TYPE_SPECS[t].approval === 'reviewer')).toEqual([
      'no_penalty_decision',
      'community_service_offset',
    ]);
    expect(MEASURE_TYPES.filter((t) => MEASURE_TYPE_SPECS[t].effect === 'starts_commitment')).toEqual(['commitment']);
  });
});

describe('[CASE][INTERVIEW] 行政约谈: individual, collective, or joint (several departments, one leads)', () => {
  const i = (mode: InterviewDetails['mode'], departmentIds: string[], leadDepartmentId: string): InterviewDetails => ({
    mode,
    departmentIds,
    leadDepartmentId,
  });
  it.each([
    ['individual by the department', i('individual', ['scjg'], 'scjg'), null],
    ['collective by the department', i('collective', ['scjg'], 'scjg'), null],
    [
      'individual with two departments',
      i('individual', ['scjg', 'ws'], 'scjg'),
      '个别约谈由本部门开展；涉及多个部门职责的，应由相关部门联合约谈',
    ],
    ['collective by another department', i('collective', ['ws'], 'ws'), '集中约谈由本部门开展；涉及多个部门职责的，应由相关部门联合约谈'],
    ['joint, two departments, this one leads', i('joint', ['scjg', 'ws'], 'scjg'), null],
    ['joint, led by the other department', i('joint', ['scjg', 'ws'], 'ws'), null],
    ['joint with one department', i('joint', ['scjg', 'scjg'], 'scjg'), '联合约谈须有两个以上部门参加'],
    ['joint led by a department not taking part', i('joint', ['scjg', 'ws'], 'ga'), '联合约谈的牵头部门须是参加约谈的部门之一'],
    ['joint without this department', i('joint', ['ga', 'ws'], 'ga'), '本部门须参加联合约谈'],
  ])('%s', (_name, interview, expected) => {
    expect(interviewProblem(interview, 'scjg')).toBe(expected);
  });
});

describe('[CASE][COMMITMENT] 告知承诺: the deadline and when a commitment is overdue', () => {
  it('counts days from the day after signing (民法典 第二百零一条)', () => {
    expect(commitmentDeadline('2026-03-01', 10)).toBe('2026-03-11');
    expect(commitmentDeadline('2026-12-25', 15)).toBe('2027-01-09');
  });

  it.each([
    ['before the deadline', '2026-03-10', null, false],
    ['on the deadline day (it counts until 24:00)', '2026-03-11', null, false],
    ['the day after the deadline', '2026-03-12', null, true],
    ['long after, but fulfilled in time', '2026-05-01', '2026-03-09', false],
  ])('%s', (_name, today, fulfilledOn, overdue) => {
    expect(commitmentOverdue({ signedOn: '2026-03-01', deadline: '2026-03-11', fulfilledOn }, today)).toBe(overdue);
  });
});

describe('[CASE][FOLLOW-UP] 跟踪回访 due days per measure type (configurable defaults)', () => {
  it('schedules a visit 30 days after a decision by default, none for the simple forms', () => {
    expect(followUpDueOn('no_penalty_decision', '2026-03-01')).toBe('2026-03-31');
    expect(followUpDueOn('leaflet', '2026-03-01')).toBeNull();
    expect(followUpDueOn('oral_explanation', '2026-03-01')).toBeNull();
  });

  it('takes a department’s own days', () => {
    const config = { ...DEFAULT_FOLLOW_UP_DAYS, admonition: 15, leaflet: 60 };
    expect(followUpDueOn('admonition', '2026-03-01', config)).toBe('2026-03-16');
    expect(followUpDueOn('leaflet', '2026-03-01', config)).toBe('2026-04-30');
  });

  it('flags a visit not made by the day after it was due', () => {
    expect(followUpOverdue('2026-03-31', null, '2026-03-31')).toBe(false);
    expect(followUpOverdue('2026-03-31', null, '2026-04-01')).toBe(true);
    expect(followUpOverdue('2026-03-31', '2026-04-02', '2026-04-10')).toBe(false);
  });
});

describe('[CASE][OFFSET] 公益抵罚: verified hours → a fine reduction in whole yuan, capped', () => {
  it.each([
    ['under every cap', rule(), 600, 2, { uncappedYuan: 100, reductionYuan: 100, remainingFineYuan: 500, limitedBy: 'none' }],
    ['the amount cap', rule(), 2000, 5, { uncappedYuan: 250, reductionYuan: 200, remainingFineYuan: 1800, limitedBy: 'cap_yuan' }],
    [
      'the share cap, rounded down',
      rule({ capYuan: null }),
      199,
      3,
      { uncappedYuan: 150, reductionYuan: 99, remainingFineYuan: 100, limitedBy: 'cap_percent' },
    ],
    [
      'the fine itself',
      rule({ capYuan: 1000, capPercentOfFine: null }),
      100,
      3,
      { uncappedYuan: 150, reductionYuan: 100, remainingFineYuan: 0, limitedBy: 'fine' },
    ],
    [
      'equal caps: the amount cap is named',
      rule({ capYuan: 100 }),
      200,
      4,
      { uncappedYuan: 200, reductionYuan: 100, remainingFineYuan: 100, limitedBy: 'cap_yuan' },
    ],
    ['no verified hours', rule(), 200, 0, { uncappedYuan: 0, reductionYuan: 0, remainingFineYuan: 200, limitedBy: 'none' }],
    [
      'a share cap of 33% of 10 yuan',
      rule({ capYuan: null, capPercentOfFine: 33, yuanPerHour: 7 }),
      10,
      1,
      { uncappedYuan: 7, reductionYuan: 3, remainingFineYuan: 7, limitedBy: 'cap_percent' },
    ],
  ])('%s', (_name, r, fine, hours, expected) => {
    expect(serviceOffsetReduction(r, fine, hours)).toEqual({ ok: true, ...expected });
  });

  it.each([
    [
      'a market-regulation department',
      rule({ field: 'market_regulation' }),
      200,
      1,
      '公益抵罚仅在公安、交通领域实施（常政办发〔2025〕5号 第五项）',
    ],
    ['half an hour', rule(), 200, 1.5, '经核实的公益服务时长须为整小时数'],
    ['negative hours', rule(), 200, -1, '经核实的公益服务时长须为整小时数'],
    ['a fine in jiao', rule(), 200.5, 1, '罚款数额须为正整数（元）'],
    ['no cap', rule({ capYuan: null, capPercentOfFine: null }), 200, 1, '须设定折抵上限（金额上限或占罚款的比例上限）'],
    ['a share over 100%', rule({ capPercentOfFine: 120 }), 200, 1, '折抵比例上限须为1至100的整数（%）'],
    ['a rate in fen', rule({ yuanPerHour: 12.5 }), 200, 1, '每小时公益服务折抵的金额须为正整数（元）'],
  ])('refuses %s', (_name, r, fine, hours, problem) => {
    expect(serviceOffsetReduction(r, fine, hours)).toEqual({ ok: false, problem });
  });

  it('accepts the transport field and lists every problem of a bad rule', () => {
    expect(serviceOffsetRuleProblems(rule({ field: 'transport' }))).toEqual([]);
    expect(serviceOffsetRuleProblems(rule({ field: 'health', yuanPerHour: 0, capYuan: 0 }))).toHaveLength(3);
  });

  it('never reduces by more than the fine or a cap, and always in whole yuan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.option(fc.integer({ min: 1, max: 100_000 })),
        fc.option(fc.integer({ min: 1, max: 100 })),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (yuanPerHour, capYuan, capPercentOfFine, fine, hours) => {
          fc.pre(capYuan !== null || capPercentOfFine !== null);
          const r = serviceOffsetReduction(rule({ yuanPerHour, capYuan, capPercentOfFine }), fine, hours);
          expect(r.ok).toBe(true);
          if (!r.ok) {
            return;
          }
          expect(Number.isSafeInteger(r.reductionYuan)).toBe(true);
          expect(r.reductionYuan + r.remainingFineYuan).toBe(fine);
          expect(r.reductionYuan).toBeLessThanOrEqual(Math.min(fine, hours * yuanPerHour, capYuan ?? fine));
          if (capPercentOfFine !== null) {
            expect(r.reductionYuan * 100).toBeLessThanOrEqual(fine * capPercentOfFine);
          }
          expect(r.limitedBy === 'none').toBe(r.reductionYuan === hours * yuanPerHour);
        },
      ),
    );
  });
});

describe('[CASE][MEASURE] drafts: what an officer must supply per type', () => {
  const ctx = { departmentId: 'ga', on: '2026-03-01' };
  const offset = (over = {}) => ({
    rule: rule(),
    fineYuan: 200,
    verifiedHours: 2,
    minorViolation: true,
    penaltyDecisionNo: '常公罚〔2026〕8号',
    ...over,
  });
  it.each([
    ['an admonition', { id: 'm1', type: 'admonition' }, null],
    ['an oral reminder', { id: 'm1', type: 'administrative_reminder', oral: true }, null],
    ['no id', { id: ' ', type: 'admonition' }, '措施缺少编号'],
    ['an unknown type', { id: 'm1', type: 'fine' }, '措施类型不正确'],
    ['a commitment due later', { id: 'm1', type: 'commitment', deadline: '2026-03-15' }, null],
    ['a commitment due the same day', { id: 'm1', type: 'commitment', deadline: '2026-03-01' }, '承诺期限须晚于签署承诺书之日'],
    ['a commitment with no date', { id: 'm1', type: 'commitment', deadline: '2026-02-30' }, '承诺期限须为有效日期（YYYY-MM-DD）'],
    [
      'a joint interview',
      { id: 'm1', type: 'interview', interview: { mode: 'joint', departmentIds: ['ga', 'jt'], leadDepartmentId: 'ga' } },
      null,
    ],
    ['an offset', { id: 'm1', type: 'community_service_offset', offset: offset() }, null],
    [
      'an offset under another department’s rule',
      { id: 'm1', type: 'community_service_offset', offset: offset({ rule: rule({ departmentId: 'jt' }) }) },
      '须适用本部门公布的公益抵罚折抵规则',
    ],
    [
      'an offset for a violation that is not minor',
      { id: 'm1', type: 'community_service_offset', offset: offset({ minorViolation: false }) },
      '公益抵罚仅适用于有轻微违法行为的行政相对人（常政办发〔2025〕5号 第五项）',
    ],
    [
      'an offset naming no decision',
      { id: 'm1', type: 'community_service_offset', offset: offset({ penaltyDecisionNo: '' }) },
      '须写明被折抵罚款的行政处罚决定书文号',
    ],
    [
      'an offset of half hours',
      { id: 'm1', type: 'community_service_offset', offset: offset({ verifiedHours: 0.5 }) },
      '经核实的公益服务时长须为整小时数',
    ],
  ])('%s', (_name, draft, expected) => {
    expect(measureDraftProblem(draft as MeasureDraft, ctx)).toBe(expected);
  });

  it('records an offset with its computed reduction and the rule as applied, a commitment with its deadline', () => {
    const m = recordMeasure({ id: 'm1', type: 'community_service_offset', offset: offset({ verifiedHours: 3 }) }, '2026-03-01', 'o1', 'r1');
    expect(m.offset).toMatchObject({
      fineYuan: 200,
      verifiedHours: 3,
      reductionYuan: 100,
      remainingFineYuan: 100,
      limitedBy: 'cap_percent',
    });
    expect(m.approvedBy).toBe('r1');
    const c = recordMeasure({ id: 'm2', type: 'commitment', deadline: '2026-03-15' }, '2026-03-01', 'o1', null);
    expect(c.commitment).toEqual({ signedOn: '2026-03-01', deadline: '2026-03-15', fulfilledOn: null });
    expect(measureArchiveItems(c)).toEqual(['document', 'evidence']);
    expect(
      measureArchiveItems({ ...c, commitment: { signedOn: '2026-03-01', deadline: '2026-03-15', fulfilledOn: '2026-03-10' } }),
    ).toEqual(['document', 'evidence', 'fulfilment_check']);
  });
});
