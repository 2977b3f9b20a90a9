import { CASE_STATES, type CaseAction, type CaseOrigin, type CaseState, ERROR_CODES, type Role } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { type Actor, permissionsOf } from '../access/access';
import { requiredArchiveMaterials } from './archive';
import {
  type ArchiveInput,
  applyCaseAction,
  assertTransition,
  availableActions,
  CASE_TRANSITIONS,
  type CaseActionInputs,
  type CaseSnapshot,
  caseCommitmentOverdue,
  nextState,
  type TerminateInput,
  transitionProblem,
  transitionRefusal,
} from './lifecycle';
import type { MeasureDraft, ServiceOffsetRule } from './measures';

const PARTY = '91430482MA4L0XXX0Q';
const actor = (userId: string, roles: Role[], over: Partial<Actor> = {}): Actor => ({
  userId,
  username: userId,
  displayName: userId,
  roles,
  permissions: new Set(permissionsOf(roles)),
  regionCode: '430482',
  departmentId: roles.includes('enterprise') ? null : 'ga',
  entityUscc: roles.includes('enterprise') ? PARTY : null,
  ...over,
});
const officer = actor('o1', ['officer']);
const reviewer = actor('r1', ['reviewer']);
const reviewer2 = actor('r2', ['reviewer']);
const party = actor('p1', ['enterprise']);
const otherParty = actor('p2', ['enterprise'], { entityUscc: '91430482MA4L0YYY0Q' });
const otherOfficer = actor('o9', ['officer'], { departmentId: 'scjg' });
const supervisor = actor('s1', ['supervisor'], { departmentId: 'sfj' });

const OFFSET_RULE: ServiceOffsetRule = {
  departmentId: 'ga',
  field: 'public_security',
  yuanPerHour: 50,
  capYuan: 200,
  capPercentOfFine: null,
};
const draft = {
  admonition: (id = 'm1'): MeasureDraft => ({ id, type: 'admonition' }),
  noPenalty: (id = 'm9'): MeasureDraft => ({ id, type: 'no_penalty_decision' }),
  commitment: (deadline = '2026-03-20', id = 'c1'): MeasureDraft => ({ id, type: 'commitment', deadline }),
  offset: (id = 'f1'): MeasureDraft => ({
    id,
    type: 'community_service_offset',
    offset: { rule: OFFSET_RULE, fineYuan: 200, verifiedHours: 2, minorViolation: true, penaltyDecisionNo: '常公罚〔2026〕8号' },
  }),
};

type Step = { [A in CaseAction]: [A, Actor, CaseActionInputs[A]] }[CaseAction];
function run(steps: Step[], from: CaseSnapshot | null = null): CaseSnapshot {
  let kase = from;
  for (const [action, who, input] of steps) {
    const r = applyCaseAction(kase, action, who, input as never);
    if (!r.ok) {
      throw new Error(`${action}: ${r.problem}`);
    }
    kase = r.case;
  }
  return kase as CaseSnapshot;
}

const startStep = (origin: CaseOrigin = 'ex_officio', observationPeriods: { start: string; end: string }[] = []): Step => [
  'start',
  origin === 'ex_officio' ? officer : party,
  { on: '2026-03-01', caseId: 'k1', origin, regionCode: '430482', departmentId: 'ga', partyUscc: PARTY, observationPeriods },
];
const noticeStep: Step = ['serve_notice', officer, { on: '2026-03-02', delivery: 'direct', choiceDeadline: '2026-03-09' }];
const acceptStep: Step = ['record_choice', party, { on: '2026-03-03', choice: 'accept' }];

/** A case brought to `state` through the table. */
function caseIn(state: CaseState, opts: { origin?: CaseOrigin; observation?: boolean } = {}): CaseSnapshot {
  const periods = opts.observation ? [{ start: '2026-01-01', end: '2026-12-31' }] : [];
  const started = run([startStep(opts.origin, periods)]);
  const paths: Record<CaseState, Step[]> = {
    started: [],
    notice_served: [noticeStep],
    accepted: [noticeStep, acceptStep],
    declined: [noticeStep, ['record_choice', party, { on: '2026-03-03', choice: 'decline' }]],
    measures: [noticeStep, acceptStep, ['record_measure', officer, { on: '2026-03-04', measure: draft.admonition() }]],
    commitment_pending: [noticeStep, acceptStep, ['record_measure', officer, { on: '2026-03-04', measure: draft.commitment() }]],
    completed: [
      noticeStep,
      acceptStep,
      ['record_measure', officer, { on: '2026-03-04', measure: draft.admonition() }],
      ['complete', officer, { on: '2026-03-05' }],
    ],
    terminated: [
      noticeStep,
      acceptStep,
      [
        'terminate',
        reviewer,
        { on: '2026-03-05', ground: 'basis_lapsed_or_harm', reason: '', proposedBy: 'o1', handOverToGeneralProcedure: false },
      ],
    ],
    archived: [],
  };
  if (state === 'archived') {
    const done = caseIn('completed', opts);
    return run([['archive', officer, { on: '2026-03-06', materials: requiredArchiveMaterials(done.measures, done) }]], done);
  }
  return run(paths[state], started);
}

const terminate = (over: Partial<TerminateInput> = {}): TerminateInput => ({
  on: '2026-03-06',
  ground: 'general_procedure',
  reason: '',
  proposedBy: 'o1',
  handOverToGeneralProcedure: true,
  ...over,
});

describe('[CASE][START] 依职权 by an officer of the department, 依申请 by the party through the portal', () => {
  const input = (origin: CaseOrigin, over = {}) => ({
    on: '2026-03-01',
    caseId: 'k1',
    origin,
    regionCode: '430482',
    departmentId: 'ga',
    partyUscc: PARTY,
    ...over,
  });
  it.each([
    ['ex officio by an officer', officer, input('ex_officio'), null],
    ['ex officio by a reviewer', reviewer, input('ex_officio'), null],
    ['ex officio by the party', party, input('ex_officio'), '依职权启动柔性执法须由本部门执法人员办理'],
    ['ex officio by another department', otherOfficer, input('ex_officio'), '依职权启动柔性执法须由本部门执法人员办理'],
    ['on application by the party', party, input('on_application'), null],
    ['on application by an officer', officer, input('on_application'), '依申请启动柔性执法须由当事人通过企业端提出申请'],
    ['on application by another enterprise', otherParty, input('on_application'), '依申请启动柔性执法须由当事人通过企业端提出申请'],
    ['with no party', officer, input('ex_officio', { partyUscc: ' ' }), '须写明当事人的统一社会信用代码'],
    ['against a natural person', officer, input('ex_officio', { partyKind: 'person', partyUscc: null }), null],
    ['against a person named by a credit code', officer, input('ex_officio', { partyKind: 'person' }), '个人当事人没有统一社会信用代码'],
    [
      'on application of a natural person',
      party,
      input('on_application', { partyKind: 'person', partyUscc: null }),
      '个人当事人的案件由执法人员依职权启动',
    ],
    ['on a day that does not exist', officer, input('ex_officio', { on: '2026-02-30' }), '日期须为有效日期（YYYY-MM-DD）'],
  ] as const)('%s', (_name, who, i, expected) => {
    expect(transitionProblem(null, 'start', who, i)).toBe(expected);
  });

  it('refuses to start a case twice and opens a started case', () => {
    expect(transitionProblem(caseIn('started'), 'start', officer, input('ex_officio'))).toBe('案件已经启动');
    expect(caseIn('started')).toMatchObject({ state: 'started', origin: 'ex_officio', startedOn: '2026-03-01', measures: [] });
  });
});

describe('[CASE][NOTICE] the 告知书 of the right to choose is served by an officer', () => {
  it.each([
    ['directly', officer, { on: '2026-03-02', delivery: 'direct', choiceDeadline: '2026-03-09' }, null],
    [
      'electronically with consent',
      officer,
      { on: '2026-03-02', delivery: 'electronic', choiceDeadline: '2026-03-09', electronicConsent: true },
      null,
    ],
    [
      'electronically without consent',
      officer,
      { on: '2026-03-02', delivery: 'electronic', choiceDeadline: '2026-03-09' },
      '电子送达须经当事人同意并签订确认书',
    ],
    [
      'with a choice deadline on the day of service',
      officer,
      { on: '2026-03-02', delivery: 'post', choiceDeadline: '2026-03-02' },
      '当事人作出选择的期限须晚于送达之日',
    ],
    [
      'dated before the case started',
      officer,
      { on: '2026-02-28', delivery: 'direct', choiceDeadline: '2026-03-09' },
      '日期不能早于本案上一次记录的日期（2026-03-01）',
    ],
    ['by the party', party, { on: '2026-03-02', delivery: 'direct', choiceDeadline: '2026-03-09' }, '送达告知书须由本部门执法人员办理'],
    ['by another department', otherOfficer, { on: '2026-03-02', delivery: 'direct', choiceDeadline: '2026-03-09' }, '只能处理本部门的案件'],
    ['by the Judicial Bureau', supervisor, { on: '2026-03-02', delivery: 'direct', choiceDeadline: '2026-03-09' }, '只能处理本部门的案件'],
  ] as const)('%s', (_name, who, input, expected) => {
    expect(transitionProblem(caseIn('started'), 'serve_notice', who, input)).toBe(expected);
  });

  it('is served once', () => {
    expect(transitionProblem(caseIn('notice_served'), 'serve_notice', officer, noticeStep[2] as CaseActionInputs['serve_notice'])).toBe(
      '告知书已经送达',
    );
  });
});

describe('[CASE][CONSENT] the party chooses; declining hands the matter to the ordinary procedure', () => {
  it.each([
    ['the party accepts', caseIn('notice_served'), party, { on: '2026-03-03', choice: 'accept' }, null, 'accepted'],
    [
      'an officer records the signed receipt declining',
      caseIn('notice_served'),
      officer,
      { on: '2026-03-03', choice: 'decline' },
      null,
      'declined',
    ],
    ['another enterprise', caseIn('notice_served'), otherParty, { on: '2026-03-03', choice: 'accept' }, '只能处理本企业的案件', null],
    ['before the notice', caseIn('started'), party, { on: '2026-03-03', choice: 'accept' }, '须先送达告知书，才能记录当事人的选择', null],
    ['a second time', caseIn('accepted'), party, { on: '2026-03-04', choice: 'decline' }, '当事人的选择已经记录', null],
    [
      'deemed declined after the deadline',
      caseIn('notice_served'),
      officer,
      { on: '2026-03-10', choice: 'decline', deemed: true },
      null,
      'declined',
    ],
    [
      'deemed declined on the last day',
      caseIn('notice_served'),
      officer,
      { on: '2026-03-09', choice: 'decline', deemed: true },
      '当事人作出选择的期限（至2026-03-09）尚未届满，不能视为不选择',
      null,
    ],
    [
      'deemed accepted',
      caseIn('notice_served'),
      officer,
      { on: '2026-03-10', choice: 'accept', deemed: true },
      '逾期未作选择的，只能视为不选择柔性执法',
      null,
    ],
    [
      'deemed by the party',
      caseIn('notice_served'),
      party,
      { on: '2026-03-10', choice: 'decline', deemed: true },
      '视为不选择须由本部门执法人员记录',
      null,
    ],
  ] as const)('%s', (_name, kase, who, input, problem, to) => {
    expect(transitionProblem(kase, 'record_choice', who, input)).toBe(problem);
    if (to) {
      expect(nextState(kase, 'record_choice', input)).toBe(to);
    }
  });

  it('records who chose and when; a declined case is closed and takes nothing more', () => {
    const declined = caseIn('declined');
    expect(declined.choice).toEqual({ choice: 'decline', on: '2026-03-03', deemed: false, recordedBy: 'p1' });
    expect(declined.closedOn).toBe('2026-03-03');
    expect(availableActions(declined, officer)).toEqual([]);
  });
});

describe('[CASE][CONSENT] officer cannot record a measure before the party chooses', () => {
  const input = { on: '2026-03-04', measure: draft.admonition() };
  it.each([
    ['started', '须先送达告知书并记录当事人的选择，才能记录柔性措施'],
    ['notice_served', '须先送达告知书并记录当事人的选择，才能记录柔性措施'],
    ['declined', '当事人不选择柔性执法，案件已转一般程序，不能记录柔性措施'],
    ['accepted', null],
  ] as const)('in state %s → %s', (state, expected) => {
    expect(transitionProblem(caseIn(state), 'record_measure', officer, input)).toBe(expected);
  });
});

describe('[CASE][MEASURE] recording measures once the party has accepted', () => {
  const on = '2026-03-04';
  it.each([
    ['an admonition', caseIn('accepted'), officer, { on, measure: draft.admonition() }, null, 'measures'],
    ['a second measure', caseIn('measures'), officer, { on, measure: draft.admonition('m2') }, null, 'measures'],
    ['a measure id used before', caseIn('measures'), officer, { on, measure: draft.admonition('m1') }, '措施编号m1已被使用', null],
    ['a commitment', caseIn('accepted'), officer, { on, measure: draft.commitment() }, null, 'commitment_pending'],
    [
      'a reminder while a commitment runs',
      caseIn('commitment_pending'),
      officer,
      { on, measure: draft.admonition() },
      null,
      'commitment_pending',
    ],
    [
      'a second commitment',
      caseIn('commitment_pending'),
      officer,
      { on, measure: draft.commitment('2026-03-30', 'c2') },
      '本案已有正在履行的告知承诺',
      null,
    ],
    [
      'a no-penalty decision while a commitment runs',
      caseIn('commitment_pending'),
      reviewer,
      { on, measure: draft.noPenalty(), draftedBy: 'o1' },
      '告知承诺正在履行，不能作出不予处罚决定；请先确认承诺履行情况',
      null,
    ],
    [
      'a no-penalty decision by an officer',
      caseIn('accepted'),
      officer,
      { on, measure: draft.noPenalty() },
      '不予处罚决定须经本部门法制审核人员批准',
      null,
    ],
    [
      'a no-penalty decision approved by a reviewer',
      caseIn('accepted'),
      reviewer,
      { on, measure: draft.noPenalty(), draftedBy: 'o1' },
      null,
      'completed',
    ],
    [
      'a no-penalty decision naming no drafter',
      caseIn('accepted'),
      reviewer,
      { on, measure: draft.noPenalty() },
      '须写明不予处罚决定的起草人',
      null,
    ],
    [
      'a no-penalty decision approved by its drafter',
      caseIn('accepted'),
      reviewer,
      { on, measure: draft.noPenalty(), draftedBy: 'r1' },
      '起草人不能批准自己起草的不予处罚决定，请由其他法制审核人员批准',
      null,
    ],
    ['an offset approved by a reviewer', caseIn('accepted'), reviewer, { on, measure: draft.offset(), draftedBy: 'o1' }, null, 'completed'],
    ['by the party', caseIn('accepted'), party, { on, measure: draft.admonition() }, '记录柔性措施须由本部门执法人员办理', null],
    [
      'dated before the choice',
      caseIn('accepted'),
      officer,
      { on: '2026-03-02', measure: draft.admonition() },
      '日期不能早于本案上一次记录的日期（2026-03-03）',
      null,
    ],
    [
      'a commitment due the day it is signed',
      caseIn('accepted'),
      officer,
      { on, measure: draft.commitment(on) },
      '承诺期限须晚于签署承诺书之日',
      null,
    ],
  ] as const)('%s', (_name, kase, who, input, problem, to) => {
    expect(transitionProblem(kase, 'record_measure', who, input)).toBe(problem);
    if (to) {
      expect(nextState(kase, 'record_measure', input)).toBe(to);
    }
  });

  it('records an approved measure with its drafter and its approver', () => {
    const k = run([['record_measure', reviewer, { on, measure: draft.noPenalty(), draftedBy: 'o1' }]], caseIn('accepted'));
    expect(k.measures.at(-1)).toMatchObject({ type: 'no_penalty_decision', recordedBy: 'o1', approvedBy: 'r1', on });
    expect(k).toMatchObject({ state: 'completed', closedOn: on });
  });
});

describe('[CASE][COMMITMENT] 告知承诺: fulfilled in time completes, overdue may be terminated into the ordinary procedure', () => {
  it.each([
    ['fulfilled before the deadline', { on: '2026-03-15', fulfilledOn: '2026-03-14' }, null],
    ['fulfilled on the deadline, verified later', { on: '2026-03-25', fulfilledOn: '2026-03-20' }, null],
    [
      'corrected after the deadline',
      { on: '2026-03-25', fulfilledOn: '2026-03-21' },
      '当事人在承诺期限（至2026-03-20）届满后才改正，不能按履行承诺办结；可以终止柔性执法，转一般程序',
    ],
    ['corrected after the day of verification', { on: '2026-03-15', fulfilledOn: '2026-03-16' }, '改正日期不能晚于核查确认之日'],
    ['corrected before signing', { on: '2026-03-15', fulfilledOn: '2026-03-03' }, '改正日期不能早于签署承诺书之日'],
  ] as const)('%s', (_name, input, expected) => {
    expect(transitionProblem(caseIn('commitment_pending'), 'fulfil_commitment', officer, input)).toBe(expected);
  });

  it('completes with the day of correction on the commitment', () => {
    const k = run([['fulfil_commitment', officer, { on: '2026-03-15', fulfilledOn: '2026-03-14' }]], caseIn('commitment_pending'));
    expect(k.state).toBe('completed');
    expect(k.measures[0]?.commitment).toEqual({ signedOn: '2026-03-04', deadline: '2026-03-20', fulfilledOn: '2026-03-14' });
  });

  it('says when the running commitment is overdue', () => {
    const k = caseIn('commitment_pending');
    expect(caseCommitmentOverdue(k, '2026-03-20')).toBe(false);
    expect(caseCommitmentOverdue(k, '2026-03-21')).toBe(true);
    expect(caseCommitmentOverdue(caseIn('measures'), '2027-01-01')).toBe(false);
  });

  it.each([
    ['overdue, into the ordinary procedure', terminate({ on: '2026-03-21' }), null],
    ['before the deadline without a reason', terminate({ on: '2026-03-10' }), '告知承诺期限（至2026-03-20）尚未届满，提前终止须写明理由'],
    ['before the deadline with a reason', terminate({ on: '2026-03-10', reason: '当事人明确表示不再整改' }), null],
  ] as const)('terminates a commitment %s', (_name, input, expected) => {
    expect(transitionProblem(caseIn('commitment_pending'), 'terminate', reviewer, input)).toBe(expected);
  });

  it('is not fulfilled where none runs', () => {
    expect(transitionProblem(caseIn('measures'), 'fulfil_commitment', officer, { on: '2026-03-15', fulfilledOn: '2026-03-14' })).toBe(
      '本案没有正在履行的告知承诺',
    );
  });
});

describe('[CASE][COMPLETE] an officer completes a case with measures and no running commitment', () => {
  it.each([
    ['measures', null],
    ['accepted', '尚未记录任何柔性措施，不能办结'],
    ['commitment_pending', '告知承诺正在履行：承诺履行后确认办结；期限届满未履行的，可以终止柔性执法，转一般程序'],
    ['completed', '案件当前为“已办结”，不能办结'],
  ] as const)('from %s → %s', (state, expected) => {
    expect(transitionProblem(caseIn(state), 'complete', officer, { on: '2026-03-06' })).toBe(expected);
  });
});

describe('[CASE][TERMINATE] exactly the four grounds of 常政办发〔2025〕5号 第八项, approved by a reviewer', () => {
  const withdrawn = () => run([['withdraw_application', party, { on: '2026-03-05' }]], caseIn('measures', { origin: 'on_application' }));
  it.each([
    [
      'ground 1 on a case started ex officio',
      caseIn('measures'),
      reviewer,
      terminate({ ground: 'withdrawn', handOverToGeneralProcedure: false }),
      '只有依申请启动的案件才能以“行政相对人撤回申请”为由终止（常政办发〔2025〕5号 第八项(1)）',
    ],
    [
      'ground 1 before the party withdrew',
      caseIn('measures', { origin: 'on_application' }),
      reviewer,
      terminate({ ground: 'withdrawn', handOverToGeneralProcedure: false }),
      '当事人尚未撤回申请，不能以“行政相对人撤回申请”为由终止',
    ],
    [
      'ground 1 after the party withdrew',
      withdrawn(),
      reviewer,
      terminate({ ground: 'withdrawn', handOverToGeneralProcedure: false }),
      null,
    ],
    ['ground 2 into the ordinary procedure', caseIn('measures'), reviewer, terminate(), null],
    [
      'ground 2 without handing over',
      caseIn('measures'),
      reviewer,
      terminate({ handOverToGeneralProcedure: false }),
      '以“根据案件需要，适用一般程序”为由终止的，须移交一般程序（常政办发〔2025〕5号 第八项(2)）',
    ],
    ['ground 3', caseIn('notice_served'), reviewer, terminate({ ground: 'basis_lapsed_or_harm', handOverToGeneralProcedure: false }), null],
    [
      'ground 4 without a reason',
      caseIn('accepted'),
      reviewer,
      terminate({ ground: 'other', reason: '  ', handOverToGeneralProcedure: false }),
      '以“其他需要终止柔性执法的情形”为由终止的，须写明理由（常政办发〔2025〕5号 第八项(4)）',
    ],
    [
      'ground 4 with a reason',
      caseIn('accepted'),
      reviewer,
      terminate({ ground: 'other', reason: '当事人已注销', handOverToGeneralProcedure: false }),
      null,
    ],
    [
      'a ground the policy does not have',
      caseIn('accepted'),
      reviewer,
      terminate({ ground: 'party_request' as never }),
      '终止须符合常政办发〔2025〕5号 第八项规定的情形：',
    ],
    ['by an officer', caseIn('measures'), officer, terminate(), '终止柔性执法须经本部门法制审核人员批准'],
    [
      'approved by its proposer',
      caseIn('measures'),
      reviewer,
      terminate({ proposedBy: 'r1' }),
      '提出终止的人员不能批准自己的终止申请，请由其他法制审核人员批准',
    ],
    ['approved by another reviewer', caseIn('measures'), reviewer2, terminate({ proposedBy: 'r1' }), null],
    ['naming no proposer', caseIn('measures'), reviewer, terminate({ proposedBy: '' }), '须写明提出终止的执法人员'],
    ['a completed case', caseIn('completed'), reviewer, terminate(), '案件当前为“已办结”，不能终止柔性执法'],
  ] as const)('%s', (_name, kase, who, input, expected) => {
    const problem = transitionProblem(kase, 'terminate', who, input);
    if (expected?.endsWith('：')) {
      expect(problem).toContain(expected);
    } else {
      expect(problem).toBe(expected);
    }
  });

  it('records the ground, the proposer and the approver, and closes the case', () => {
    const k = run([['terminate', reviewer, terminate({ reason: ' 涉嫌较重违法 ' })]], caseIn('measures'));
    expect(k.termination).toEqual({
      ground: 'general_procedure',
      reason: '涉嫌较重违法',
      on: '2026-03-06',
      proposedBy: 'o1',
      approvedBy: 'r1',
      handOverToGeneralProcedure: true,
      observationException: null,
    });
    expect(k).toMatchObject({ state: 'terminated', closedOn: '2026-03-06' });
  });

  it.each([
    ['on an ex officio case', caseIn('measures'), party, '只有依申请启动的案件才能撤回申请'],
    ['by the party', caseIn('measures', { origin: 'on_application' }), party, null],
    ['by an officer recording the written withdrawal', caseIn('measures', { origin: 'on_application' }), officer, null],
    ['a second time', withdrawn(), party, '当事人已经撤回申请'],
    ['after completion', caseIn('completed', { origin: 'on_application' }), party, '案件当前为“已办结”，不能撤回申请'],
  ] as const)('withdraws an application %s', (_name, kase, who, expected) => {
    expect(transitionProblem(kase, 'withdraw_application', who, { on: '2026-03-06' })).toBe(expected);
  });
});

describe('[CASE][OBSERVATION] 常政办发〔2025〕5号 第十四项: in an observation period, a hand-over needs an exception ground and a reviewer', () => {
  const observed = () => caseIn('measures', { observation: true });
  const exception = { ground: 'public_safety_life_health', reason: '无证经营危险化学品' } as const;
  it.each([
    [
      'handed over without a ground',
      terminate(),
      '当事人处于执法观察期（2026-01-01至2026-12-31），移交一般程序须写明例外事由（法律、法规、规章明确禁止的情形或涉及危害公共安全和人民群众生命健康的情形）并经法制审核人员批准（常政办发〔2025〕5号 第十四项）',
    ],
    ['handed over with a ground', terminate({ observationException: exception }), null],
    [
      'handed over with a ground but no reason',
      terminate({ observationException: { ground: 'prohibited_by_law', reason: '' } }),
      '须写明观察期例外事由的具体理由',
    ],
    ['terminated without a hand-over', terminate({ ground: 'basis_lapsed_or_harm', handOverToGeneralProcedure: false }), null],
    ['handed over after the period ended', terminate({ on: '2027-01-01' }), null],
  ] as const)('%s', (_name, input, expected) => {
    expect(transitionProblem(observed(), 'terminate', reviewer, input)).toBe(expected);
  });

  it('asks the same of an offset, which presupposes a fine, and nothing of the soft measures', () => {
    const kase = caseIn('accepted', { observation: true });
    expect(transitionProblem(kase, 'record_measure', reviewer, { on: '2026-03-04', measure: draft.offset(), draftedBy: 'o1' })).toContain(
      '公益抵罚以作出罚款为前提，须写明例外事由',
    );
    expect(
      transitionProblem(kase, 'record_measure', reviewer, {
        on: '2026-03-04',
        measure: draft.offset(),
        draftedBy: 'o1',
        observationException: exception,
      }),
    ).toBeNull();
    expect(transitionProblem(kase, 'record_measure', officer, { on: '2026-03-04', measure: draft.admonition() })).toBeNull();
  });
});

describe('[CASE][ARCHIVE] archiving a completed or terminated case with a complete file', () => {
  const full = (k: CaseSnapshot): ArchiveInput => ({ on: '2026-03-07', materials: requiredArchiveMaterials(k.measures, k) });
  it('archives a completed case whose file is complete, and then takes nothing more', () => {
    const k = caseIn('completed');
    expect(transitionProblem(k, 'archive', officer, full(k))).toBeNull();
    const archived = run([['archive', officer, full(k)]], k);
    expect(archived).toMatchObject({ state: 'archived', archivedOn: '2026-03-07' });
    expect(transitionProblem(archived, 'terminate', reviewer, terminate())).toBe('案件已归档，不能再作任何处理');
    expect(transitionProblem(archived, 'archive', officer, full(k))).toBe('案件已归档，不能再作任何处理');
  });

  it('refuses a file missing a required document, naming it', () => {
    const k = caseIn('completed');
    const materials = full(k).materials.filter((m) => !(m.measureId === 'm1' && m.item === 'document'));
    expect(transitionProblem(k, 'archive', officer, { on: '2026-03-07', materials })).toBe('归档材料不全：警示告诫（m1）缺少警示告诫书');
  });

  it('asks a terminated case for its termination papers', () => {
    const k = caseIn('terminated');
    const materials = full(k).materials.filter((m) => m.item !== 'termination_notice');
    expect(transitionProblem(k, 'archive', officer, { on: '2026-03-07', materials })).toBe('归档材料不全：缺少终止柔性执法通知书');
    expect(transitionProblem(k, 'archive', officer, full(k))).toBeNull();
  });

  it.each(['measures', 'commitment_pending', 'declined', 'started'] as const)('refuses to archive a case in state %s', (state) => {
    expect(transitionProblem(caseIn(state), 'archive', officer, { on: '2026-03-07', materials: [] })).toBe(
      '只有已办结或已终止的案件才能归档',
    );
  });

  it('is done by the department’s officers, not the party', () => {
    const k = caseIn('completed');
    expect(transitionProblem(k, 'archive', party, full(k))).toBe('归档须由本部门执法人员办理');
  });
});

describe('[CASE][TABLE] the transitions table', () => {
  it.each([
    [null, 'started', true],
    ['started', 'notice_served', true],
    ['notice_served', 'accepted', true],
    ['notice_served', 'declined', true],
    ['accepted', 'measures', true],
    ['accepted', 'completed', true],
    ['measures', 'commitment_pending', true],
    ['commitment_pending', 'completed', true],
    ['measures', 'terminated', true],
    ['completed', 'archived', true],
    ['terminated', 'archived', true],
    ['started', 'measures', false],
    ['notice_served', 'measures', false],
    ['declined', 'measures', false],
    ['declined', 'archived', false],
    ['measures', 'archived', false],
    ['archived', 'started', false],
    ['completed', 'terminated', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    if (allowed) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertTransition(from, to)).toThrow();
    }
  });

  it('cites the policy on every row and names a participant on each', () => {
    for (const row of CASE_TRANSITIONS) {
      expect(row.basis, row.action).toMatch(/^常政办发〔2025〕5号 第[一二三四五六七八九十]+项/);
      expect(row.by.length, row.action).toBeGreaterThan(0);
    }
  });

  it('offers each participant only what the table lets it do', () => {
    expect(availableActions(caseIn('measures', { origin: 'on_application' }), party)).toEqual(['withdraw_application']);
    expect(availableActions(caseIn('measures'), officer)).toEqual(['record_measure', 'complete']);
    expect(availableActions(caseIn('measures'), reviewer)).toEqual(['record_measure', 'complete', 'terminate']);
    expect(availableActions(caseIn('notice_served'), party)).toEqual(['record_choice']);
    expect(availableActions(caseIn('archived'), reviewer)).toEqual([]);
    expect(CASE_STATES.filter((s) => s !== 'archived').every((s) => availableActions(caseIn(s), supervisor).length === 0)).toBe(true);
  });
});

describe('[CASE][CODES] each refusal of the lifecycle carries the stable code of its rule (contracts/errors/cases.ts, 422)', () => {
  it.each([
    [
      'a measure before the choice',
      caseIn('notice_served'),
      'record_measure',
      officer,
      { on: '2026-03-04', measure: draft.admonition() },
      'CASE.CHOICE_REQUIRED',
    ],
    [
      'a choice before the notice',
      caseIn('started'),
      'record_choice',
      party,
      { on: '2026-03-02', choice: 'accept' },
      'CASE.NOTICE_REQUIRED',
    ],
    [
      'electronic delivery without consent',
      caseIn('started'),
      'serve_notice',
      officer,
      { on: '2026-03-02', delivery: 'electronic', choiceDeadline: '2026-03-09' },
      'CASE.CONSENT_REQUIRED',
    ],
    [
      'a deemed choice before the deadline',
      caseIn('notice_served'),
      'record_choice',
      officer,
      { on: '2026-03-05', choice: 'decline', deemed: true },
      'CASE.CHOICE_DEADLINE_RUNNING',
    ],
    [
      'a measure after the party declined',
      caseIn('declined'),
      'record_measure',
      officer,
      { on: '2026-03-04', measure: draft.admonition() },
      'CASE.DECLINED',
    ],
    [
      'a no-penalty decision by an officer',
      caseIn('accepted'),
      'record_measure',
      officer,
      { on: '2026-03-04', measure: draft.noPenalty(), draftedBy: 'o2' },
      'CASE.REVIEWER_REQUIRED',
    ],
    ['completing without a measure', caseIn('accepted'), 'complete', officer, { on: '2026-03-04' }, 'CASE.MEASURE_REQUIRED'],
    ['completing a running commitment', caseIn('commitment_pending'), 'complete', officer, { on: '2026-03-05' }, 'CASE.COMMITMENT_RUNNING'],
    [
      'terminating on ground 1 ex officio',
      caseIn('accepted'),
      'terminate',
      reviewer,
      terminate({ ground: 'withdrawn', handOverToGeneralProcedure: false }),
      'CASE.NOT_ON_APPLICATION',
    ],
    [
      'terminating on ground 4 without a reason',
      caseIn('accepted'),
      'terminate',
      reviewer,
      terminate({ ground: 'other', handOverToGeneralProcedure: false }),
      'CASE.REASON_REQUIRED',
    ],
    ['approving one’s own termination', caseIn('accepted'), 'terminate', reviewer, terminate({ proposedBy: 'r1' }), 'CASE.OWN_PROPOSAL'],
    ['archiving an open case', caseIn('measures'), 'archive', officer, { on: '2026-03-07', materials: [] }, 'CASE.NOT_CLOSED'],
    [
      'archiving without the materials',
      caseIn('completed'),
      'archive',
      officer,
      { on: '2026-03-07', materials: [] },
      'CASE.ARCHIVE_INCOMPLETE',
    ],
    ['anything on an archived case', caseIn('archived'), 'terminate', reviewer, terminate(), 'CASE.ARCHIVED'],
    [
      'a date before the last action',
      caseIn('accepted'),
      'record_measure',
      officer,
      { on: '2026-03-01', measure: draft.admonition() },
      'CASE.DATE_OUT_OF_ORDER',
    ],
  ] as const)('%s', (_name, kase, action, who, input, code) => {
    const refusal = transitionRefusal(kase, action, who, input as never);
    expect(refusal?.code).toBe(code);
    expect(refusal?.message).toBe(transitionProblem(kase, action, who, input as never));
    expect(ERROR_CODES[code].status).toBe(422);
    const r = applyCaseAction(kase, action, who, input as never);
    expect(r).toEqual({ ok: false, code, problem: refusal?.message });
  });
});
