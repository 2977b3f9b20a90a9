/**
 * The flexible measures (措施, `Measure`) of 常政办发〔2025〕5号 第三、五、六、七项 (and 第一、二、十四项 where they
 * name one) as data: per type the document it produces, what its case file must hold, the follow-up visit,
 * and what it does to the case. Plus 公益抵罚's conversion of verified service hours into a fine reduction.
 */

import { type InterviewMode, MEASURE_TYPES, type MeasureArchiveItem, type MeasureType } from '@rouxing/contracts';
import { isCalendarDate, periodLastDay } from '../dates/calendar';
import type { DocumentType } from './document-number';

/** What recording a measure does to the case: nothing more, start a commitment's deadline, or end the case. */
export type MeasureEffect = 'continues' | 'starts_commitment' | 'completes';

export interface MeasureTypeSpec {
  label: string;
  /** The policy item it comes from, quoted. */
  basis: string;
  /** The document template it needs; null for the simple forms (and for an oral reminder or suggestion). */
  document: DocumentType | null;
  /** 常政办发〔2025〕5号 第三项 "口头或书面": may be given orally, with a record instead of a document. */
  oralAllowed: boolean;
  /** The case file's materials for this measure (checked at archiving). */
  archiveItems: readonly MeasureArchiveItem[];
  /** Instead of `archiveItems` when given orally. */
  oralArchiveItems: readonly MeasureArchiveItem[];
  effect: MeasureEffect;
  /** Recorded only with a department reviewer's approval (the no-penalty decision per 常政办发〔2025〕5号 第一项、第二项 and 行政处罚法 第三十三条; each 公益抵罚 offset per 常政办发〔2025〕5号 第五项: an approved change to how a decision is carried out). */
  approval: 'reviewer' | null;
  /** 常政办发〔2025〕5号 第十四项: a measure to prefer during an observation period (contracts list them in the policy's order: `OBSERVATION_PREFERRED_MEASURES`). */
  observationPreferred: boolean;
  /** Presupposes a penalty (a fine to offset): during an observation period it needs a stated exception. */
  impliesPenalty: boolean;
}

const SERVED = ['document', 'delivery_proof'] as const;
const GUIDANCE_BASIS =
  '常政办发〔2025〕5号 第三项: 对某一类型易发违法违规行为，采用行政建议或行政提示等指导方式，口头或书面向市场主体宣传解释法律法规，引导督促其履行法定义务';
const OBSERVATION_BASIS =
  '常政办发〔2025〕5号 第十四项: "观察期"内优先采取教育提醒、劝导示范、警示告诫、行政提示、行政指导、行政约谈等柔性执法方式';
const SIMPLE_BASIS =
  '常政办发〔2025〕5号 第七项: 在办理行政许可、开展执法检查过程中，也可采用口头答疑解惑、发放宣传资料等简易形式，引导行政相对人自觉守法';

export const MEASURE_TYPE_SPECS: Readonly<Record<MeasureType, MeasureTypeSpec>> = {
  administrative_reminder: {
    label: '行政提示',
    basis: GUIDANCE_BASIS,
    document: 'administrative_reminder',
    oralAllowed: true,
    archiveItems: SERVED,
    oralArchiveItems: ['oral_record'],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  administrative_suggestion: {
    label: '行政建议',
    basis: GUIDANCE_BASIS,
    document: 'administrative_suggestion',
    oralAllowed: true,
    archiveItems: SERVED,
    oralArchiveItems: ['oral_record'],
    effect: 'continues',
    approval: null,
    observationPreferred: false,
    impliesPenalty: false,
  },
  interview: {
    label: '行政约谈',
    basis:
      '常政办发〔2025〕5号 第三项: 执法部门可以进行约谈，督促其合法合规经营。行政约谈采取个别约谈或集中约谈的方式进行，涉及多个部门职责的区域性、行业性突出问题，应由相关部门联合开展约谈',
    document: 'interview_notice',
    oralAllowed: false,
    archiveItems: [...SERVED, 'interview_minutes', 'attendance'],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  education_reminder: {
    label: '教育提醒',
    basis: OBSERVATION_BASIS,
    document: 'education_reminder',
    oralAllowed: false,
    archiveItems: [...SERVED, 'evidence'],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  persuasion: {
    label: '劝导示范',
    basis: OBSERVATION_BASIS,
    // A record the party signs on the spot, not a document served on it.
    document: 'persuasion',
    oralAllowed: false,
    archiveItems: ['document'],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  admonition: {
    label: '警示告诫',
    basis: OBSERVATION_BASIS,
    document: 'admonition',
    oralAllowed: false,
    archiveItems: [...SERVED, 'evidence'],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  administrative_guidance: {
    label: '行政指导',
    basis: OBSERVATION_BASIS,
    document: 'administrative_guidance',
    oralAllowed: false,
    archiveItems: SERVED,
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: true,
    impliesPenalty: false,
  },
  commitment: {
    label: '告知承诺',
    basis: '常政办发〔2025〕5号 第一项: 推行轻微违法行为告知承诺制',
    // The 承诺书 is signed by the party; a fulfilled one also needs the 核查记录 (see archive.ts).
    document: 'commitment',
    oralAllowed: false,
    archiveItems: ['document', 'evidence'],
    oralArchiveItems: [],
    effect: 'starts_commitment',
    approval: null,
    observationPreferred: false,
    impliesPenalty: false,
  },
  no_penalty_decision: {
    label: '不予处罚决定',
    basis:
      '常政办发〔2025〕5号 第二项: 对符合不予处罚清单规定的违法行为，应当不予处罚；对不予处罚清单未作出规定，但违法行为符合法定不予处罚情形的，也应当依法不予处罚',
    document: 'no_penalty_decision',
    oralAllowed: false,
    archiveItems: [...SERVED, 'evidence', 'legal_review'],
    oralArchiveItems: [],
    effect: 'completes',
    approval: 'reviewer',
    observationPreferred: false,
    impliesPenalty: false,
  },
  community_service_offset: {
    label: '公益抵罚',
    basis:
      '常政办发〔2025〕5号 第五项: 鼓励在公安、交通领域实施"公益抵罚"等创新模式，允许有轻微违法行为的行政相对人通过参加社会服务的方式折抵罚款',
    // Recorded once the service is verified (常政办发〔2025〕5号 第五项), as an approved change to how the fine is paid.
    document: 'service_offset',
    oralAllowed: false,
    archiveItems: ['document', 'penalty_decision', 'service_verification', 'legal_review'],
    oralArchiveItems: [],
    effect: 'completes',
    approval: 'reviewer',
    observationPreferred: false,
    impliesPenalty: true,
  },
  oral_explanation: {
    label: '口头答疑解惑',
    basis: SIMPLE_BASIS,
    // 常政办发〔2025〕5号 第七项: simple forms are recorded with a short entry, no document needed; the entry is the record.
    document: null,
    oralAllowed: false,
    archiveItems: [],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: false,
    impliesPenalty: false,
  },
  leaflet: {
    label: '发放宣传资料',
    basis: SIMPLE_BASIS,
    document: null,
    oralAllowed: false,
    archiveItems: [],
    oralArchiveItems: [],
    effect: 'continues',
    approval: null,
    observationPreferred: false,
    impliesPenalty: false,
  },
};

// ── 行政约谈 ────────────────────────────────────────────────────────────────────────────────────────

export const INTERVIEW_MODE_LABELS: Readonly<Record<InterviewMode, string>> = {
  individual: '个别约谈',
  collective: '集中约谈',
  joint: '联合约谈',
};

export interface InterviewDetails {
  mode: InterviewMode;
  /** The departments taking part (their officers attend); one for an individual or collective interview. */
  departmentIds: readonly string[];
  /** The department that leads (a joint interview: one of several). */
  leadDepartmentId: string;
}

/** Why the interview's form is not right for the case's department (a Chinese sentence), or null. */
export function interviewProblem(interview: InterviewDetails, caseDepartmentId: string): string | null {
  const departments = new Set(interview.departmentIds);
  if (interview.mode !== 'joint') {
    // 常政办发〔2025〕5号 第三项: 涉及多个部门职责的区域性、行业性突出问题，应由相关部门联合开展约谈.
    if (departments.size !== 1 || !departments.has(caseDepartmentId) || interview.leadDepartmentId !== caseDepartmentId) {
      return `${INTERVIEW_MODE_LABELS[interview.mode]}由本部门开展；涉及多个部门职责的，应由相关部门联合约谈`;
    }
    return null;
  }
  if (departments.size < 2) {
    return '联合约谈须有两个以上部门参加';
  }
  if (!departments.has(interview.leadDepartmentId)) {
    return '联合约谈的牵头部门须是参加约谈的部门之一';
  }
  return departments.has(caseDepartmentId) ? null : '本部门须参加联合约谈';
}

// ── 告知承诺 ────────────────────────────────────────────────────────────────────────────────────────

/** A commitment (承诺书) once signed: its deadline and, when verified, the day the party corrected. */
export interface CommitmentRecord {
  signedOn: string;
  /** The last day to correct, inclusive. */
  deadline: string;
  fulfilledOn: string | null;
}

/**
 * The deadline of a commitment to correct within `days` days of signing: the signing day is not counted
 * (民法典 第二百零一条), so 10 days from 2026-03-01 end on 2026-03-11.
 */
export function commitmentDeadline(signedOn: string, days: number): string {
  return periodLastDay(signedOn, { days });
}

/**
 * Overdue on `today`: not fulfilled and the deadline has passed. The deadline day itself still counts
 * whole (民法典 第二百零三条: 期间的最后一日的截止时间为二十四时), so it is overdue from the next day.
 */
export function commitmentOverdue(commitment: CommitmentRecord, today: string): boolean {
  return commitment.fulfilledOn === null && today > commitment.deadline;
}

// ── 跟踪回访 ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Days after the decision by which the follow-up visit is due, per measure type; null: no visit.
 * 常政办发〔2025〕5号 第五项: 各执法部门在作出行政决定后，应对行政相对人进行跟踪回访，了解违法行为是否得到纠正，并就执法监管
 * 行为合法性规范性情况，征求行政相对人的意见及建议. The policy sets no number: 30 days is the platform's
 * default, a department may configure its own. The simple forms are not decisions and get no visit.
 */
export type FollowUpConfig = Readonly<Record<MeasureType, number | null>>;

export const DEFAULT_FOLLOW_UP_DAYS: FollowUpConfig = {
  administrative_reminder: 30,
  administrative_suggestion: 30,
  interview: 30,
  education_reminder: 30,
  persuasion: 30,
  admonition: 30,
  administrative_guidance: 30,
  commitment: 30,
  no_penalty_decision: 30,
  community_service_offset: 30,
  oral_explanation: null,
  leaflet: null,
};

/**
 * The day the follow-up visit of a measure is due, counted from `decidedOn` (the measure's day; for a
 * commitment, the day its fulfilment was verified) without counting that day; null when none is due.
 */
export function followUpDueOn(type: MeasureType, decidedOn: string, config: FollowUpConfig = DEFAULT_FOLLOW_UP_DAYS): string | null {
  const days = config[type];
  return days === null ? null : periodLastDay(decidedOn, { days });
}

/** A visit is overdue from the day after it was due, until it is made. */
export function followUpOverdue(dueOn: string, visitedOn: string | null, today: string): boolean {
  return visitedOn === null && today > dueOn;
}

// ── 公益抵罚 ────────────────────────────────────────────────────────────────────────────────────────

/** 常政办发〔2025〕5号 第五项: 鼓励在公安、交通领域实施"公益抵罚" — the only fields in which a department may publish a rule. */
export const SERVICE_OFFSET_FIELDS = ['public_security', 'transport'] as const;
export type ServiceOffsetField = (typeof SERVICE_OFFSET_FIELDS)[number];
export const SERVICE_OFFSET_FIELD_LABELS: Readonly<Record<ServiceOffsetField, string>> = {
  public_security: '公安',
  transport: '交通运输',
};

/**
 * A department's published conversion rule. 行政处罚法 has no article on it (常政办发〔2025〕5号 第五项): the numbers are
 * local policy, configured by the department; none is assumed here. All amounts are whole yuan.
 */
export interface ServiceOffsetRule {
  departmentId: string;
  /** The department's field of enforcement (`public_security`, `transport`, or another, which is refused). */
  field: string;
  /** Yuan offset per verified hour of service. */
  yuanPerHour: number;
  /** At most this many yuan per decision; null: no amount cap. */
  capYuan: number | null;
  /** At most this percentage (1–100) of the fine, rounded down to the yuan; null: no share cap. */
  capPercentOfFine: number | null;
}

const MAX_YUAN = 1_000_000_000_000;
const isPositiveInt = (n: number, max = MAX_YUAN) => Number.isSafeInteger(n) && n > 0 && n <= max;

/** What is wrong with a rule (Chinese sentences), or an empty list. */
export function serviceOffsetRuleProblems(rule: ServiceOffsetRule): string[] {
  const problems: string[] = [];
  if (!(SERVICE_OFFSET_FIELDS as readonly string[]).includes(rule.field)) {
    problems.push('公益抵罚仅在公安、交通领域实施（常政办发〔2025〕5号 第五项）');
  }
  if (!isPositiveInt(rule.yuanPerHour)) {
    problems.push('每小时公益服务折抵的金额须为正整数（元）');
  }
  if (rule.capYuan === null && rule.capPercentOfFine === null) {
    problems.push('须设定折抵上限（金额上限或占罚款的比例上限）');
  }
  if (rule.capYuan !== null && !isPositiveInt(rule.capYuan)) {
    problems.push('折抵金额上限须为正整数（元）');
  }
  if (rule.capPercentOfFine !== null && !isPositiveInt(rule.capPercentOfFine, 100)) {
    problems.push('折抵比例上限须为1至100的整数（%）');
  }
  return problems;
}

/** The binding limit of an offset: none, the rule's amount cap, its share of the fine, or the fine itself. */
export type ServiceOffsetLimit = 'none' | 'cap_yuan' | 'cap_percent' | 'fine';

export interface ServiceOffsetReduction {
  /** Hours × yuan per hour, before any cap. */
  uncappedYuan: number;
  reductionYuan: number;
  remainingFineYuan: number;
  limitedBy: ServiceOffsetLimit;
}

export type ServiceOffsetResult = ({ ok: true } & ServiceOffsetReduction) | { ok: false; problem: string };

/**
 * The fine reduction earned by `verifiedHours` whole hours of verified service under `rule`, capped by the
 * rule and never more than the fine. Integer yuan throughout: the share cap is rounded down, never up.
 */
export function serviceOffsetReduction(rule: ServiceOffsetRule, fineYuan: number, verifiedHours: number): ServiceOffsetResult {
  const ruleProblems = serviceOffsetRuleProblems(rule);
  if (ruleProblems.length > 0) {
    return { ok: false, problem: ruleProblems.join('；') };
  }
  if (!isPositiveInt(fineYuan)) {
    return { ok: false, problem: '罚款数额须为正整数（元）' };
  }
  if (!Number.isSafeInteger(verifiedHours) || verifiedHours < 0) {
    return { ok: false, problem: '经核实的公益服务时长须为整小时数' };
  }
  const uncappedYuan = verifiedHours * rule.yuanPerHour;
  if (!Number.isSafeInteger(uncappedYuan)) {
    return { ok: false, problem: '公益服务时长过大' };
  }
  // Ties go to the first named: the rule's own caps before the fine.
  const limits: [ServiceOffsetLimit, number][] = [];
  if (rule.capYuan !== null) {
    limits.push(['cap_yuan', rule.capYuan]);
  }
  if (rule.capPercentOfFine !== null) {
    limits.push(['cap_percent', Math.floor((fineYuan * rule.capPercentOfFine) / 100)]);
  }
  limits.push(['fine', fineYuan]);
  let limitedBy: ServiceOffsetLimit = 'none';
  let reductionYuan = uncappedYuan;
  for (const [name, limit] of limits) {
    if (limit < reductionYuan) {
      limitedBy = name;
      reductionYuan = limit;
    }
  }
  return { ok: true, uncappedYuan, reductionYuan, remainingFineYuan: fineYuan - reductionYuan, limitedBy };
}

/** The officer's account of a verified offset, checked before it is recorded. */
export interface ServiceOffsetInput {
  rule: ServiceOffsetRule;
  fineYuan: number;
  verifiedHours: number;
  /** 常政办发〔2025〕5号 第五项: only 有轻微违法行为的行政相对人. */
  minorViolation: boolean;
  /** The 文号 of the penalty decision whose fine is offset. */
  penaltyDecisionNo: string;
}

export interface ServiceOffsetRecord extends ServiceOffsetReduction {
  fineYuan: number;
  verifiedHours: number;
  penaltyDecisionNo: string;
  /** The rule as applied (a later change of the rule does not change this record). */
  rule: ServiceOffsetRule;
}

// ── Drafts and records ──────────────────────────────────────────────────────────────────────────────

type PlainMeasureType = Exclude<
  MeasureType,
  'administrative_reminder' | 'administrative_suggestion' | 'interview' | 'commitment' | 'community_service_offset'
>;

/** A measure as the officer submits it; `id` is passed in. */
export type MeasureDraft =
  | { id: string; type: 'administrative_reminder' | 'administrative_suggestion'; oral?: boolean }
  | { id: string; type: 'interview'; interview: InterviewDetails }
  | { id: string; type: 'commitment'; deadline: string }
  | { id: string; type: 'community_service_offset'; offset: ServiceOffsetInput }
  | { id: string; type: PlainMeasureType };

/** A measure as recorded on the case. */
export interface RecordedMeasure {
  id: string;
  type: MeasureType;
  /** The day it was taken, `YYYY-MM-DD`. */
  on: string;
  recordedBy: string;
  /** The reviewer who approved it (types with `approval`), else null. */
  approvedBy: string | null;
  oral: boolean;
  interview: InterviewDetails | null;
  commitment: CommitmentRecord | null;
  offset: ServiceOffsetRecord | null;
}

/** Why a draft cannot be recorded by `departmentId` on `on` (a Chinese sentence), or null. */
export function measureDraftProblem(draft: MeasureDraft, context: { departmentId: string; on: string }): string | null {
  if (!(MEASURE_TYPES as readonly string[]).includes(draft.type)) {
    return '措施类型不正确';
  }
  if (draft.id.trim() === '') {
    return '措施缺少编号';
  }
  switch (draft.type) {
    case 'interview':
      return interviewProblem(draft.interview, context.departmentId);
    case 'commitment':
      if (!isCalendarDate(draft.deadline)) {
        return '承诺期限须为有效日期（YYYY-MM-DD）';
      }
      return draft.deadline > context.on ? null : '承诺期限须晚于签署承诺书之日';
    case 'community_service_offset':
      return offsetProblem(draft.offset, context.departmentId);
    default:
      return null;
  }
}

function offsetProblem(offset: ServiceOffsetInput, departmentId: string): string | null {
  if (offset.rule.departmentId !== departmentId) {
    return '须适用本部门公布的公益抵罚折抵规则';
  }
  if (!offset.minorViolation) {
    return '公益抵罚仅适用于有轻微违法行为的行政相对人（常政办发〔2025〕5号 第五项）';
  }
  if (offset.penaltyDecisionNo.trim() === '') {
    return '须写明被折抵罚款的行政处罚决定书文号';
  }
  const r = serviceOffsetReduction(offset.rule, offset.fineYuan, offset.verifiedHours);
  return r.ok ? null : r.problem;
}

/**
 * The record of a draft taken on `on` (validate it first with `measureDraftProblem`: an invalid offset
 * here is a bug and throws).
 */
export function recordMeasure(draft: MeasureDraft, on: string, recordedBy: string, approvedBy: string | null): RecordedMeasure {
  const base = { id: draft.id, type: draft.type, on, recordedBy, approvedBy, oral: false, interview: null, commitment: null, offset: null };
  switch (draft.type) {
    case 'administrative_reminder':
    case 'administrative_suggestion':
      return { ...base, oral: draft.oral === true };
    case 'interview':
      return { ...base, interview: { ...draft.interview, departmentIds: [...draft.interview.departmentIds] } };
    case 'commitment':
      return { ...base, commitment: { signedOn: on, deadline: draft.deadline, fulfilledOn: null } };
    case 'community_service_offset': {
      const { rule, fineYuan, verifiedHours, penaltyDecisionNo } = draft.offset;
      const r = serviceOffsetReduction(rule, fineYuan, verifiedHours);
      if (!r.ok) {
        throw new RangeError(r.problem);
      }
      const { ok: _ok, ...reduction } = r;
      return { ...base, offset: { ...reduction, fineYuan, verifiedHours, penaltyDecisionNo, rule: { ...rule } } };
    }
    default:
      return base;
  }
}

/** The document a recorded measure needs: none for the simple forms and for an oral reminder or suggestion. */
export function measureDocument(measure: Pick<RecordedMeasure, 'type' | 'oral'>): DocumentType | null {
  const spec = MEASURE_TYPE_SPECS[measure.type];
  return measure.oral && spec.oralAllowed ? null : spec.document;
}

/** The measure's own materials for the case file: the oral list when it was given orally. */
export function measureArchiveItems(measure: Pick<RecordedMeasure, 'type' | 'oral' | 'commitment'>): readonly MeasureArchiveItem[] {
  const spec = MEASURE_TYPE_SPECS[measure.type];
  const items = measure.oral && spec.oralAllowed ? spec.oralArchiveItems : spec.archiveItems;
  // A fulfilled commitment completes the case on the strength of its verification: that record is filed.
  return measure.commitment?.fulfilledOn ? [...items, 'fulfilment_check'] : items;
}
