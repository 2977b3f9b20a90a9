/**
 * The lifecycle of a flexible-enforcement case (常政办发〔2025〕5号 第六项至第九项、第十四项) as data: a transitions table saying, per
 * action, from which states, to which, who takes it and what it requires; `transitionRefusal` says in
 * Chinese (with a stable code) why an action may not be taken now, `nextState`/`applyCaseAction` what it leads to.
 *
 *   started ──serve_notice──▶ notice_served ──record_choice──▶ accepted ──record_measure──▶ measures ─complete─▶ completed
 *                                   │                              │  └──(告知承诺)──▶ commitment_pending ─fulfil─▶ completed
 *                                   └──(不选择)──▶ declined         └──(不予处罚决定、公益抵罚)──────────────────────▶ completed
 *   any open state ──terminate (reviewer)──▶ terminated;   completed | terminated ──archive──▶ archived (final)
 *
 * Time and ids are passed in: every input carries `on`, the day of the action (`YYYY-MM-DD`).
 */

import {
  CASE_ACTIONS,
  CASE_ORIGINS,
  type CaseAction,
  type CaseOrigin,
  type CaseState,
  DELIVERY_METHODS,
  type DeliveryMethod,
  MEASURE_TYPES,
  OBSERVATION_EXCEPTION_GROUNDS,
  PARTY_CHOICES,
  type PartyChoice,
  TERMINATION_GROUNDS,
  type TerminationGround,
} from '@rouxing/contracts';
import type { Actor } from '../access/access';
import { isCalendarDate } from '../dates/calendar';
import { type ArchiveMaterial, archiveChecklistProblems } from './archive';
import {
  commitmentOverdue,
  MEASURE_TYPE_SPECS,
  type MeasureDraft,
  measureDraftProblem,
  type RecordedMeasure,
  recordMeasure,
} from './measures';
import { type CaseRefusal, type CaseRefusalCode, caseRefusal } from './refusal';
import {
  CASE_STATE_LABELS,
  OBSERVATION_EXCEPTION_GROUND_LABELS,
  type ObservationException,
  type ObservationPeriodSpan,
  observationPeriodOn,
  TERMINATION_GROUND_LABELS,
} from './types';

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  start: '启动柔性执法',
  serve_notice: '送达告知书',
  record_choice: '记录当事人的选择',
  withdraw_application: '撤回申请',
  record_measure: '记录柔性措施',
  fulfil_commitment: '确认承诺已履行',
  complete: '办结',
  terminate: '终止柔性执法',
  archive: '归档',
};

/** Who takes part: the department's officers (reviewers included), its reviewers, the party through the portal. */
export type CaseParticipant = 'officer' | 'reviewer' | 'party';

// ── The case as the rules see it ────────────────────────────────────────────────────────────────────

/** The served 告知书 (`ChoiceNotice`). */
export interface ChoiceNoticeRecord {
  servedOn: string;
  /** The last day for the party to choose, inclusive. */
  choiceDeadline: string;
  delivery: DeliveryMethod;
}

/** The party's recorded choice (`partyChoice`). */
export interface PartyChoiceRecord {
  choice: PartyChoice;
  on: string;
  /** Recorded by an officer as 视为不选择 after the choice deadline passed without an answer. */
  deemed: boolean;
  recordedBy: string;
}

export interface TerminationRecord {
  ground: TerminationGround;
  reason: string;
  on: string;
  proposedBy: string;
  approvedBy: string;
  handOverToGeneralProcedure: boolean;
  observationException: ObservationException | null;
}

export interface CaseSnapshot {
  id: string;
  regionCode: string;
  departmentId: string;
  /** 统一社会信用代码 of the party; null when the party is a natural person (who has no portal account). */
  partyUscc: string | null;
  origin: CaseOrigin;
  state: CaseState;
  startedOn: string;
  /** The day of the latest action: no action is dated before it. */
  lastActionOn: string;
  notice: ChoiceNoticeRecord | null;
  choice: PartyChoiceRecord | null;
  applicationWithdrawnOn: string | null;
  measures: readonly RecordedMeasure[];
  termination: TerminationRecord | null;
  /** The day it was completed, terminated or declined. */
  closedOn: string | null;
  archivedOn: string | null;
  /** The party's observation periods (the entity's, loaded with the case for the 常政办发〔2025〕5号 第十四项 rule). */
  observationPeriods: readonly ObservationPeriodSpan[];
}

// ── Inputs, per action ──────────────────────────────────────────────────────────────────────────────

export interface StartInput {
  on: string;
  caseId: string;
  origin: CaseOrigin;
  regionCode: string;
  departmentId: string;
  /** The entity's 统一社会信用代码; null for a natural person (`partyKind` `person`). */
  partyUscc: string | null;
  /** The party is a registry entity (default) or a natural person (自然人). */
  partyKind?: 'entity' | 'person';
  observationPeriods?: readonly ObservationPeriodSpan[];
}
export interface ServeNoticeInput {
  on: string;
  delivery: DeliveryMethod;
  choiceDeadline: string;
  /** The party's consent to electronic delivery is on file. */
  electronicConsent?: boolean;
}
export interface RecordChoiceInput {
  on: string;
  choice: PartyChoice;
  /** An officer records 视为不选择 once the choice deadline has passed without an answer. */
  deemed?: boolean;
}
export interface WithdrawApplicationInput {
  on: string;
}
export interface RecordMeasureInput {
  on: string;
  measure: MeasureDraft;
  /** For a measure that needs approval: the officer who drafted it (the actor is the approving reviewer). */
  draftedBy?: string | null;
  /** During an observation period, for a measure that presupposes a penalty. */
  observationException?: ObservationException | null;
}
export interface FulfilCommitmentInput {
  on: string;
  /** The day the party corrected, as verified. */
  fulfilledOn: string;
}
export interface CompleteInput {
  on: string;
}
/** Taken by the approving reviewer on an officer's proposal. */
export interface TerminateInput {
  on: string;
  ground: TerminationGround;
  reason: string;
  proposedBy: string;
  handOverToGeneralProcedure: boolean;
  observationException?: ObservationException | null;
}
export interface ArchiveInput {
  on: string;
  materials: readonly ArchiveMaterial[];
}

export interface CaseActionInputs {
  start: StartInput;
  serve_notice: ServeNoticeInput;
  record_choice: RecordChoiceInput;
  withdraw_application: WithdrawApplicationInput;
  record_measure: RecordMeasureInput;
  fulfil_commitment: FulfilCommitmentInput;
  complete: CompleteInput;
  terminate: TerminateInput;
  archive: ArchiveInput;
}
export type CaseCommand = { [A in CaseAction]: { action: A; input: CaseActionInputs[A] } }[CaseAction];

// ── The table ───────────────────────────────────────────────────────────────────────────────────────

export interface CaseTransition {
  action: CaseAction;
  /** null: no case yet. */
  from: readonly (CaseState | null)[];
  /** The states it may lead to; `same` leaves the state unchanged. */
  to: readonly CaseState[] | 'same';
  by: readonly CaseParticipant[];
  /** `reviewer`: taken by a reviewer approving an officer's proposal, never the proposer's own. */
  approval: 'reviewer' | 'by_measure_type' | null;
  requires: string;
  /** 常政办发〔2025〕5号, quoted. */
  basis: string;
}

const OPEN: readonly CaseState[] = ['started', 'notice_served', 'accepted', 'measures', 'commitment_pending'];

export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  {
    action: 'start',
    from: [null],
    to: ['started'],
    by: ['officer', 'party'],
    approval: null,
    requires: '依职权：本部门执法人员启动；依申请：当事人通过企业端申请',
    basis: '常政办发〔2025〕5号 第六项: 各执法部门可以依职权主动实施，也可以依行政相对人的申请实施',
  },
  {
    action: 'serve_notice',
    from: ['started'],
    to: ['notice_served'],
    by: ['officer'],
    approval: null,
    requires: '送达方式和选择期限；电子送达须经当事人同意',
    basis:
      '常政办发〔2025〕5号 第六项: 实施柔性执法应当告知行政相对人有自主选择的权利；常政办发〔2025〕5号 第七项: 制作相应柔性执法文书，并及时送达行政相对人',
  },
  {
    action: 'record_choice',
    from: ['notice_served'],
    to: ['accepted', 'declined'],
    by: ['party', 'officer'],
    approval: null,
    // Declining is the party's right and is never refused, in an observation period too: the ordinary
    // procedure that follows is outside this lifecycle and applies 常政办发〔2025〕5号 第十四项 itself.
    requires: '当事人接受或不接受柔性执法；逾期未选择的，由执法人员记录为视为不选择；不选择的转一般程序',
    basis: '常政办发〔2025〕5号 第六项: 行政相对人可以自主决定是否需要接受柔性执法',
  },
  {
    action: 'withdraw_application',
    from: OPEN,
    to: 'same',
    by: ['party', 'officer'],
    approval: null,
    requires: '依申请启动的案件；记录后可以常政办发〔2025〕5号 第八项(1)终止',
    basis: '常政办发〔2025〕5号 第八项(1): 行政相对人撤回申请',
  },
  {
    action: 'record_measure',
    from: ['accepted', 'measures', 'commitment_pending'],
    to: ['measures', 'commitment_pending', 'completed'],
    by: ['officer'],
    approval: 'by_measure_type',
    requires: '已送达告知书且当事人选择接受柔性执法；不予处罚决定、公益抵罚须经法制审核人员批准；承诺履行期间只能记录不办结案件的措施',
    basis: '常政办发〔2025〕5号 第六项: 行政相对人可以自主决定是否需要接受柔性执法；第三、五、七项: 各项柔性措施',
  },
  {
    action: 'fulfil_commitment',
    from: ['commitment_pending'],
    to: ['completed'],
    by: ['officer'],
    approval: null,
    requires: '当事人在承诺期限内改正，经执法人员核查',
    basis: '常政办发〔2025〕5号 第一项: 推行轻微违法行为告知承诺制',
  },
  {
    action: 'complete',
    from: ['measures'],
    to: ['completed'],
    by: ['officer'],
    approval: null,
    requires: '至少记录一项柔性措施，且没有正在履行的告知承诺',
    basis: '常政办发〔2025〕5号 第九项: 柔性执法实施完毕或者终止后，应当及时做好收集整理、案卷归档工作',
  },
  {
    action: 'terminate',
    from: OPEN,
    to: ['terminated'],
    by: ['reviewer'],
    approval: 'reviewer',
    requires:
      '常政办发〔2025〕5号 第八项规定的终止情形之一；(1)仅限依申请启动且当事人已撤回申请的案件；(4)须写明理由；观察期内移交一般程序须写明常政办发〔2025〕5号 第十四项例外事由',
    basis: '常政办发〔2025〕5号 第八项: 有下列情形之一的，应当及时终止实施柔性执法',
  },
  {
    action: 'archive',
    from: ['completed', 'terminated'],
    to: ['archived'],
    by: ['officer'],
    approval: null,
    requires: '归档材料齐全（告知书及送达回证、当事人选择、各项措施的文书和材料、终止审批及通知书）',
    basis: '常政办发〔2025〕5号 第九项: 柔性执法实施完毕或者终止后，应当及时做好收集整理、案卷归档工作',
  },
];

function rowFor(action: CaseAction, from: CaseState | null): CaseTransition | undefined {
  return CASE_TRANSITIONS.find((t) => t.action === action && t.from.includes(from));
}

/** Throws unless some row of the table leads from `from` to `to`: a broken invariant, not a user error. */
export function assertTransition(from: CaseState | null, to: CaseState): void {
  const ok = CASE_TRANSITIONS.some((t) => t.from.includes(from) && (t.to === 'same' ? from === to : t.to.includes(to)));
  if (!ok) {
    throw new Error(`case transition not allowed: ${from ?? '(none)'} → ${to}`);
  }
}

// ── Who ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * How `actor` stands to a case. By role until access.ts has case permissions: officers and reviewers of
 * the case's department (region and department), its reviewers, and the party's enterprise account.
 */
export function caseParticipants(
  actor: Actor,
  scope: { regionCode: string; departmentId: string; partyUscc: string | null },
): Record<CaseParticipant, boolean> {
  const sameRegion = actor.regionCode === scope.regionCode;
  const staff =
    sameRegion && actor.departmentId === scope.departmentId && (actor.roles.includes('officer') || actor.roles.includes('reviewer'));
  return {
    officer: staff,
    reviewer: staff && actor.roles.includes('reviewer'),
    party: sameRegion && actor.roles.includes('enterprise') && scope.partyUscc !== null && actor.entityUscc === scope.partyUscc,
  };
}

/** The actions `actor` could take on the case in its state (inputs not yet considered), for the screen. */
export function availableActions(kase: CaseSnapshot, actor: Actor): CaseAction[] {
  const who = caseParticipants(actor, kase);
  return CASE_ACTIONS.filter((action) => {
    const row = rowFor(action, kase.state);
    return (row?.by.some((p) => who[p]) ?? false) && (action !== 'withdraw_application' || kase.origin === 'on_application');
  });
}

// ── Problems ────────────────────────────────────────────────────────────────────────────────────────

const blank = (s: string | null | undefined) => (s ?? '').trim() === '';
const notice8 = (n: 1 | 2 | 3 | 4) => `（常政办发〔2025〕5号 第八项(${n})）`;
const no = caseRefusal;

/** The running commitment of a case: the unfulfilled 告知承诺 while the case is `commitment_pending`. */
export function pendingCommitment(kase: CaseSnapshot): RecordedMeasure | null {
  if (kase.state !== 'commitment_pending') {
    return null;
  }
  return kase.measures.find((m) => m.commitment !== null && m.commitment.fulfilledOn === null) ?? null;
}

/** The case's running commitment is past its deadline on `today` (it may then be terminated into the ordinary procedure). */
export function caseCommitmentOverdue(kase: CaseSnapshot, today: string): boolean {
  const m = pendingCommitment(kase);
  return m?.commitment ? commitmentOverdue(m.commitment, today) : false;
}

/**
 * Why `actor` may not take `action` on the case now with `input` — the stable code and a Chinese sentence
 * naming what is missing — or null when it may. `kase` is null only for `start`.
 */
export function transitionRefusal<A extends CaseAction>(
  kase: CaseSnapshot | null,
  action: A,
  actor: Actor,
  input: CaseActionInputs[A],
): CaseRefusal | null {
  const command = { action, input } as CaseCommand;
  if (command.action === 'start') {
    return kase ? no('CASE.ALREADY_STARTED', '案件已经启动') : startProblem(actor, command.input);
  }
  if (!kase) {
    return no('CASE.NOT_STARTED', '案件不存在');
  }
  const who = caseParticipants(actor, kase);
  if (!who.officer && !who.party) {
    return no('CASE.OUT_OF_SCOPE', actor.roles.includes('enterprise') ? '只能处理本企业的案件' : '只能处理本部门的案件');
  }
  const row = rowFor(action, kase.state);
  if (!row) {
    return stateProblem(kase, action);
  }
  if (!isCalendarDate(command.input.on)) {
    return no('CASE.DATE_INVALID', '日期须为有效日期（YYYY-MM-DD）');
  }
  if (command.input.on < kase.lastActionOn) {
    return no('CASE.DATE_OUT_OF_ORDER', `日期不能早于本案上一次记录的日期（${kase.lastActionOn}）`);
  }
  if (!row.by.some((p) => who[p])) {
    return row.by.includes('reviewer')
      ? no('CASE.REVIEWER_REQUIRED', `${CASE_ACTION_LABELS[action]}须经本部门法制审核人员批准`)
      : no('CASE.OFFICER_REQUIRED', `${CASE_ACTION_LABELS[action]}须由本部门执法人员办理`);
  }
  switch (command.action) {
    case 'serve_notice':
      return serveNoticeProblem(command.input);
    case 'record_choice':
      return choiceProblem(kase, who, command.input);
    case 'withdraw_application':
      return withdrawProblem(kase);
    case 'record_measure':
      return measureProblem(kase, actor, who, command.input);
    case 'fulfil_commitment':
      return fulfilProblem(kase, command.input);
    case 'complete':
      return kase.measures.length > 0 ? null : no('CASE.MEASURE_REQUIRED', '尚未记录任何柔性措施，不能办结');
    case 'terminate':
      return terminateProblem(kase, actor, command.input);
    case 'archive':
      return archiveProblem(kase, command.input);
  }
}

/** The Chinese sentence of `transitionRefusal` alone, or null when the action may be taken. */
export function transitionProblem<A extends CaseAction>(
  kase: CaseSnapshot | null,
  action: A,
  actor: Actor,
  input: CaseActionInputs[A],
): string | null {
  return transitionRefusal(kase, action, actor, input)?.message ?? null;
}

function startProblem(actor: Actor, input: StartInput): CaseRefusal | null {
  if (!(CASE_ORIGINS as readonly string[]).includes(input.origin)) {
    return no('CASE.START_INCOMPLETE', '启动方式须为依职权或依申请');
  }
  if (blank(input.caseId)) {
    return no('CASE.START_INCOMPLETE', '案件缺少编号');
  }
  if (input.partyKind === 'person' ? input.partyUscc !== null : blank(input.partyUscc ?? '')) {
    return no('CASE.START_INCOMPLETE', input.partyKind === 'person' ? '个人当事人没有统一社会信用代码' : '须写明当事人的统一社会信用代码');
  }
  // 常政办发〔2025〕5号 第六项: 依申请 is the enterprise's portal; a natural person is a party of a case started ex officio.
  if (input.partyKind === 'person' && input.origin !== 'ex_officio') {
    return no('CASE.START_INCOMPLETE', '个人当事人的案件由执法人员依职权启动');
  }
  if (!isCalendarDate(input.on)) {
    return no('CASE.DATE_INVALID', '日期须为有效日期（YYYY-MM-DD）');
  }
  const who = caseParticipants(actor, input);
  // 常政办发〔2025〕5号 第六项: 各执法部门可以依职权主动实施，也可以依行政相对人的申请实施.
  if (input.origin === 'ex_officio') {
    return who.officer ? null : no('CASE.OFFICER_REQUIRED', '依职权启动柔性执法须由本部门执法人员办理');
  }
  return who.party ? null : no('CASE.PARTY_REQUIRED', '依申请启动柔性执法须由当事人通过企业端提出申请');
}

function stateProblem(kase: CaseSnapshot, action: CaseAction): CaseRefusal {
  const state = kase.state;
  if (state === 'archived') {
    return no('CASE.ARCHIVED', '案件已归档，不能再作任何处理');
  }
  switch (action) {
    case 'record_measure':
      // 常政办发〔2025〕5号 第六项: 实施柔性执法应当告知行政相对人有自主选择的权利，行政相对人可以自主决定是否需要接受柔性执法.
      if (state === 'started' || state === 'notice_served') {
        return no('CASE.CHOICE_REQUIRED', '须先送达告知书并记录当事人的选择，才能记录柔性措施');
      }
      if (state === 'declined') {
        return no('CASE.DECLINED', '当事人不选择柔性执法，案件已转一般程序，不能记录柔性措施');
      }
      break;
    case 'record_choice':
      if (state === 'started') {
        return no('CASE.NOTICE_REQUIRED', '须先送达告知书，才能记录当事人的选择');
      }
      if (state === 'accepted' || state === 'declined' || state === 'measures' || state === 'commitment_pending') {
        return no('CASE.CHOICE_RECORDED', '当事人的选择已经记录');
      }
      break;
    case 'serve_notice':
      if (state !== 'completed' && state !== 'terminated' && state !== 'declined') {
        return no('CASE.NOTICE_SERVED', '告知书已经送达');
      }
      break;
    case 'fulfil_commitment':
      return no('CASE.NO_COMMITMENT', '本案没有正在履行的告知承诺');
    case 'complete':
      if (state === 'accepted') {
        return no('CASE.MEASURE_REQUIRED', '尚未记录任何柔性措施，不能办结');
      }
      if (state === 'commitment_pending') {
        return no('CASE.COMMITMENT_RUNNING', '告知承诺正在履行：承诺履行后确认办结；期限届满未履行的，可以终止柔性执法，转一般程序');
      }
      break;
    case 'archive':
      return no('CASE.NOT_CLOSED', '只有已办结或已终止的案件才能归档');
    default:
      break;
  }
  return no('CASE.WRONG_STATE', `案件当前为“${CASE_STATE_LABELS[state]}”，不能${CASE_ACTION_LABELS[action]}`);
}

function serveNoticeProblem(input: ServeNoticeInput): CaseRefusal | null {
  if (!(DELIVERY_METHODS as readonly string[]).includes(input.delivery)) {
    return no('CASE.DELIVERY_METHOD_INVALID', '送达方式不正确');
  }
  // 常政办发〔2025〕5号 第七项: electronic delivery with the party's consent (cf. 行政处罚法 第六十一条第二款: 当事人同意并签订确认书的…).
  if (input.delivery === 'electronic' && input.electronicConsent !== true) {
    return no('CASE.CONSENT_REQUIRED', '电子送达须经当事人同意并签订确认书');
  }
  if (!isCalendarDate(input.choiceDeadline)) {
    return no('CASE.DATE_INVALID', '选择期限须为有效日期（YYYY-MM-DD）');
  }
  return input.choiceDeadline > input.on ? null : no('CASE.CHOICE_DEADLINE_INVALID', '当事人作出选择的期限须晚于送达之日');
}

function choiceProblem(kase: CaseSnapshot, who: Record<CaseParticipant, boolean>, input: RecordChoiceInput): CaseRefusal | null {
  if (!(PARTY_CHOICES as readonly string[]).includes(input.choice)) {
    return no('CASE.CHOICE_INVALID', '当事人的选择须为接受或不接受柔性执法');
  }
  if (!input.deemed) {
    return null;
  }
  // The 告知书 (server template choice_notice): 逾期未作选择的，视为不选择柔性执法方式.
  if (!who.officer) {
    return no('CASE.OFFICER_REQUIRED', '视为不选择须由本部门执法人员记录');
  }
  if (input.choice !== 'decline') {
    return no('CASE.DEEMED_DECLINE_ONLY', '逾期未作选择的，只能视为不选择柔性执法');
  }
  const deadline = kase.notice?.choiceDeadline ?? '';
  return input.on > deadline ? null : no('CASE.CHOICE_DEADLINE_RUNNING', `当事人作出选择的期限（至${deadline}）尚未届满，不能视为不选择`);
}

function withdrawProblem(kase: CaseSnapshot): CaseRefusal | null {
  if (kase.origin !== 'on_application') {
    return no('CASE.NOT_ON_APPLICATION', '只有依申请启动的案件才能撤回申请');
  }
  return kase.applicationWithdrawnOn === null ? null : no('CASE.WITHDRAWN', '当事人已经撤回申请');
}

/** The code of a draft's problem, by the rule that refused it (measures.ts `measureDraftProblem`). */
function draftRefusal(draft: MeasureDraft, problem: string): CaseRefusal {
  const known = (MEASURE_TYPES as readonly string[]).includes(draft.type) && draft.id.trim() !== '';
  if (!known) {
    return no('CASE.MEASURE_INVALID', problem);
  }
  switch (draft.type) {
    case 'interview':
      return no('CASE.INTERVIEW_FORM', problem);
    case 'commitment':
      return no('CASE.COMMITMENT_DEADLINE', problem);
    case 'community_service_offset':
      return no('CASE.OFFSET_NOT_APPLICABLE', problem);
    default:
      return no('CASE.MEASURE_INVALID', problem);
  }
}

function measureProblem(
  kase: CaseSnapshot,
  actor: Actor,
  who: Record<CaseParticipant, boolean>,
  input: RecordMeasureInput,
): CaseRefusal | null {
  const draftProblem = measureDraftProblem(input.measure, { departmentId: kase.departmentId, on: input.on });
  if (draftProblem) {
    return draftRefusal(input.measure, draftProblem);
  }
  const spec = MEASURE_TYPE_SPECS[input.measure.type];
  if (kase.measures.some((m) => m.id === input.measure.id)) {
    return no('CASE.MEASURE_ID_TAKEN', `措施编号${input.measure.id}已被使用`);
  }
  if (kase.state === 'commitment_pending' && spec.effect !== 'continues') {
    return no(
      'CASE.COMMITMENT_RUNNING',
      spec.effect === 'starts_commitment' ? '本案已有正在履行的告知承诺' : `告知承诺正在履行，不能作出${spec.label}；请先确认承诺履行情况`,
    );
  }
  if (spec.approval === 'reviewer') {
    if (!who.reviewer) {
      return no('CASE.REVIEWER_REQUIRED', `${spec.label}须经本部门法制审核人员批准`);
    }
    if (blank(input.draftedBy)) {
      return no('CASE.DRAFTER_REQUIRED', `须写明${spec.label}的起草人`);
    }
    if (input.draftedBy === actor.userId) {
      return no('CASE.OWN_PROPOSAL', `起草人不能批准自己起草的${spec.label}，请由其他法制审核人员批准`);
    }
  }
  if (spec.impliesPenalty) {
    return observationProblem(kase, input.on, input.observationException, `${spec.label}以作出罚款为前提，`);
  }
  return null;
}

/**
 * 常政办发〔2025〕5号 第十四项: "观察期"内 … 谨慎使用行政处罚、行政强制等严厉执法措施; the exceptions are 法律、法规、
 * 规章明确禁止或者涉及危害公共安全和人民群众生命健康等情形. The reviewer approves it with the action itself.
 */
function observationProblem(
  kase: CaseSnapshot,
  on: string,
  exception: ObservationException | null | undefined,
  what: string,
): CaseRefusal | null {
  const period = observationPeriodOn(kase.observationPeriods, on);
  if (!period) {
    return null;
  }
  const grounds = OBSERVATION_EXCEPTION_GROUNDS.map((g) => OBSERVATION_EXCEPTION_GROUND_LABELS[g]).join('或');
  if (!exception || !(OBSERVATION_EXCEPTION_GROUNDS as readonly string[]).includes(exception.ground)) {
    return no(
      'CASE.OBSERVATION_EXCEPTION_REQUIRED',
      `当事人处于执法观察期（${period.start}至${period.end}），${what}须写明例外事由（${grounds}）并经法制审核人员批准（常政办发〔2025〕5号 第十四项）`,
    );
  }
  return blank(exception.reason) ? no('CASE.OBSERVATION_EXCEPTION_REQUIRED', '须写明观察期例外事由的具体理由') : null;
}

function fulfilProblem(kase: CaseSnapshot, input: FulfilCommitmentInput): CaseRefusal | null {
  const c = pendingCommitment(kase)?.commitment;
  if (!c) {
    return no('CASE.NO_COMMITMENT', '本案没有正在履行的告知承诺');
  }
  if (!isCalendarDate(input.fulfilledOn)) {
    return no('CASE.DATE_INVALID', '改正日期须为有效日期（YYYY-MM-DD）');
  }
  if (input.fulfilledOn < c.signedOn) {
    return no('CASE.FULFILMENT_DATE_INVALID', '改正日期不能早于签署承诺书之日');
  }
  if (input.fulfilledOn > input.on) {
    return no('CASE.FULFILMENT_DATE_INVALID', '改正日期不能晚于核查确认之日');
  }
  // 常政办发〔2025〕5号 第一项 告知承诺制: the party corrects within the period it committed to.
  return input.fulfilledOn <= c.deadline
    ? null
    : no('CASE.COMMITMENT_LATE', `当事人在承诺期限（至${c.deadline}）届满后才改正，不能按履行承诺办结；可以终止柔性执法，转一般程序`);
}

function terminateProblem(kase: CaseSnapshot, actor: Actor, input: TerminateInput): CaseRefusal | null {
  if (blank(input.proposedBy)) {
    return no('CASE.DRAFTER_REQUIRED', '须写明提出终止的执法人员');
  }
  // Four eyes, as for lists and benchmarks: the approval is someone else's.
  if (input.proposedBy === actor.userId) {
    return no('CASE.OWN_PROPOSAL', '提出终止的人员不能批准自己的终止申请，请由其他法制审核人员批准');
  }
  if (!(TERMINATION_GROUNDS as readonly string[]).includes(input.ground)) {
    return no(
      'CASE.TERMINATION_GROUND_INVALID',
      `终止须符合常政办发〔2025〕5号 第八项规定的情形：${TERMINATION_GROUNDS.map((g) => TERMINATION_GROUND_LABELS[g]).join('；')}`,
    );
  }
  const groundProblem = terminationGroundProblem(kase, input);
  if (groundProblem) {
    return groundProblem;
  }
  // The party has until its deadline: ending a commitment early (other than on its withdrawal) needs a reason.
  const c = pendingCommitment(kase)?.commitment;
  if (c && input.ground !== 'withdrawn' && !commitmentOverdue(c, input.on) && blank(input.reason)) {
    return no('CASE.REASON_REQUIRED', `告知承诺期限（至${c.deadline}）尚未届满，提前终止须写明理由`);
  }
  if (input.handOverToGeneralProcedure) {
    return observationProblem(kase, input.on, input.observationException, '移交一般程序');
  }
  return null;
}

/** What each ground of 常政办发〔2025〕5号 第八项 itself requires. */
function terminationGroundProblem(kase: CaseSnapshot, input: TerminateInput): CaseRefusal | null {
  switch (input.ground) {
    // 常政办发〔2025〕5号 第八项(1): 行政相对人撤回申请 — there is an application only when the case started on one.
    case 'withdrawn':
      if (kase.origin !== 'on_application') {
        return no('CASE.NOT_ON_APPLICATION', `只有依申请启动的案件才能以“${TERMINATION_GROUND_LABELS.withdrawn}”为由终止${notice8(1)}`);
      }
      if (kase.applicationWithdrawnOn === null) {
        return no('CASE.NOT_WITHDRAWN', `当事人尚未撤回申请，不能以“${TERMINATION_GROUND_LABELS.withdrawn}”为由终止`);
      }
      return null;
    // 常政办发〔2025〕5号 第八项(2): 根据案件需要，适用一般程序的 — the matter goes to the ordinary procedure.
    case 'general_procedure':
      return input.handOverToGeneralProcedure
        ? null
        : no('CASE.HANDOVER_REQUIRED', `以“${TERMINATION_GROUND_LABELS.general_procedure}”为由终止的，须移交一般程序${notice8(2)}`);
    // 常政办发〔2025〕5号 第八项(4): 其他需要终止柔性执法的情形 — open-ended, so the reason must be written.
    case 'other':
      return blank(input.reason)
        ? no('CASE.REASON_REQUIRED', `以“${TERMINATION_GROUND_LABELS.other}”为由终止的，须写明理由${notice8(4)}`)
        : null;
    default:
      return null;
  }
}

function archiveProblem(kase: CaseSnapshot, input: ArchiveInput): CaseRefusal | null {
  // 常政办发〔2025〕5号 第九项: 柔性执法实施完毕或者终止后，应当及时做好收集整理、案卷归档工作.
  const problems = archiveChecklistProblems(kase.measures, input.materials, kase);
  return problems.length === 0 ? null : no('CASE.ARCHIVE_INCOMPLETE', `归档材料不全：${problems.map((p) => p.message).join('；')}`);
}

// ── Next state ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The state the action leads to (check `transitionProblem` first: a transition not in the table throws).
 */
export function nextState<A extends CaseAction>(kase: CaseSnapshot | null, action: A, input: CaseActionInputs[A]): CaseState {
  const command = { action, input } as CaseCommand;
  const from = kase?.state ?? null;
  const to = targetState(from, command);
  assertTransition(from, to);
  return to;
}

function targetState(from: CaseState | null, command: CaseCommand): CaseState {
  switch (command.action) {
    case 'start':
      return 'started';
    case 'serve_notice':
      return 'notice_served';
    case 'record_choice':
      return command.input.choice === 'accept' ? 'accepted' : 'declined';
    case 'withdraw_application':
      if (from === null) {
        throw new Error('withdraw_application needs a case');
      }
      return from;
    case 'record_measure': {
      const effect = MEASURE_TYPE_SPECS[command.input.measure.type].effect;
      if (effect === 'completes') {
        return 'completed';
      }
      if (effect === 'starts_commitment' || from === 'commitment_pending') {
        return 'commitment_pending';
      }
      return 'measures';
    }
    case 'fulfil_commitment':
    case 'complete':
      return 'completed';
    case 'terminate':
      return 'terminated';
    case 'archive':
      return 'archived';
  }
}

export type CaseActionResult =
  | { ok: true; case: CaseSnapshot; from: CaseState | null; to: CaseState }
  | { ok: false; code: CaseRefusalCode; problem: string };

/**
 * Takes the action if `transitionRefusal` allows it: the case as it is afterwards, with the states for the
 * event row (`from`, `to`); otherwise the refusal's stable code and its Chinese sentence (`problem`).
 */
export function applyCaseAction<A extends CaseAction>(
  kase: CaseSnapshot | null,
  action: A,
  actor: Actor,
  input: CaseActionInputs[A],
): CaseActionResult {
  const refusal = transitionRefusal(kase, action, actor, input);
  if (refusal) {
    return { ok: false, code: refusal.code, problem: refusal.message };
  }
  const from = kase?.state ?? null;
  const to = nextState(kase, action, input);
  const command = { action, input } as CaseCommand;
  if (command.action === 'start') {
    const i = command.input;
    return {
      ok: true,
      from,
      to,
      case: {
        id: i.caseId,
        regionCode: i.regionCode,
        departmentId: i.departmentId,
        partyUscc: i.partyUscc,
        origin: i.origin,
        state: to,
        startedOn: i.on,
        lastActionOn: i.on,
        notice: null,
        choice: null,
        applicationWithdrawnOn: null,
        measures: [],
        termination: null,
        closedOn: null,
        archivedOn: null,
        observationPeriods: [...(i.observationPeriods ?? [])],
      },
    };
  }
  const k = kase as CaseSnapshot;
  const on = command.input.on;
  const base: CaseSnapshot = { ...k, state: to, lastActionOn: on, closedOn: closing(to) ? on : k.closedOn };
  return { ok: true, from, to, case: changed(base, command, actor) };
}

const closing = (to: CaseState) => to === 'completed' || to === 'terminated' || to === 'declined';

function changed(k: CaseSnapshot, command: Exclude<CaseCommand, { action: 'start' }>, actor: Actor): CaseSnapshot {
  switch (command.action) {
    case 'serve_notice': {
      const { on, choiceDeadline, delivery } = command.input;
      return { ...k, notice: { servedOn: on, choiceDeadline, delivery } };
    }
    case 'record_choice': {
      const { on, choice, deemed } = command.input;
      return { ...k, choice: { choice, on, deemed: deemed === true, recordedBy: actor.userId } };
    }
    case 'withdraw_application':
      return { ...k, applicationWithdrawnOn: command.input.on };
    case 'record_measure': {
      const { measure, on, draftedBy } = command.input;
      const approval = MEASURE_TYPE_SPECS[measure.type].approval !== null;
      const recorded = recordMeasure(measure, on, approval ? (draftedBy as string) : actor.userId, approval ? actor.userId : null);
      return { ...k, measures: [...k.measures, recorded] };
    }
    case 'fulfil_commitment': {
      const pending = pendingCommitment({ ...k, state: 'commitment_pending' });
      return {
        ...k,
        measures: k.measures.map((m) =>
          m === pending && m.commitment ? { ...m, commitment: { ...m.commitment, fulfilledOn: command.input.fulfilledOn } } : m,
        ),
      };
    }
    case 'terminate': {
      const i = command.input;
      return {
        ...k,
        termination: {
          ground: i.ground,
          reason: i.reason.trim(),
          on: i.on,
          proposedBy: i.proposedBy,
          approvedBy: actor.userId,
          handOverToGeneralProcedure: i.handOverToGeneralProcedure,
          observationException: i.observationException ?? null,
        },
      };
    }
    case 'archive':
      return { ...k, archivedOn: command.input.on };
    case 'complete':
      return k;
  }
}
