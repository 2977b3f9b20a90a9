/**
 * Frequency rules of inspection plans (常政办发〔2025〕5号 第十二项、第十五项): checked when a plan is created and again when the
 * reviewer approves it, against the entity's other plans of the calendar year.
 *
 * Counting: a plan counts in the calendar year of its visit — the check-in day once there is one,
 * otherwise the first day of its window. Plans `rejected` or `cancelled` never count; plans pending
 * approval do (two plans submitted the same week must not both slip under a cap). A joint inspection
 * (plans sharing a `jointGroupId`) is one visit. Exempt plans are counted like any other: an exemption
 * lets a plan past a cap, it does not make the visit disappear.
 */
import type { ExemptionGround, InspectionType, PlanStatus } from '@rouxing/contracts';
import { dateKey } from '../dates/calendar';
import { isWhitelistExemptionGround, WHITELIST_EXEMPTION_GROUNDS } from '../whitelist/exemptions';
import { EXEMPTION_GROUND_LABELS, type InspectionRefusalCode } from './types';

/** An exemption claimed on a plan: the ground, the officer's reason, and the reviewer who approved it (null until then). */
export interface PlanExemption {
  ground: ExemptionGround;
  reason: string;
  approvedBy: string | null;
}

/** The plan being created or approved. */
export interface PlanUnderCheck {
  /** Null before the plan is stored; at approval, the stored plan's id (it is then skipped in `history`). */
  id: string | null;
  entityId: string;
  departmentId: string;
  type: InspectionType;
  /** `YYYY-MM-DD`, both ends inclusive. */
  windowFrom: string;
  windowTo: string;
  /** Set when the plan joins a joint inspection (综合查一次) of several departments. */
  jointGroupId: string | null;
  /** The planning officer (who may not approve the plan's own exemption). */
  createdBy: string;
  exemption: PlanExemption | null;
}

/** Another plan of the entity (any department, any status). */
export interface PlannedInspection {
  id: string;
  entityId: string;
  departmentId: string;
  /** For messages: 常宁市市场监督管理局… */
  departmentName?: string;
  type: InspectionType;
  status: PlanStatus;
  windowFrom: string;
  windowTo: string;
  /** The day of check-in, `YYYY-MM-DD`, once the officers are at the door. */
  checkedInOn?: string | null;
  jointGroupId: string | null;
  exemptionGround: ExemptionGround | null;
}

export interface FrequencyContext {
  /** `creation`: an exemption may still await approval; `approval`: it must be approved by a reviewer. */
  stage: 'creation' | 'approval';
  /** On the whitelist (白名单) for the plan's window. */
  whitelisted: boolean;
  /** The entity's plans; other entities' rows and the plan itself are ignored. */
  history: readonly PlannedInspection[];
}

export interface FrequencyConfig {
  /** Routine inspections of one entity by one department per calendar year. */
  routineCapPerDepartment: number;
  /** Plans of different departments whose windows are at most this many days apart are merge candidates. */
  mergeWindowDays: number;
}

export const DEFAULT_FREQUENCY_CONFIG: Readonly<FrequencyConfig> = { routineCapPerDepartment: 2, mergeWindowDays: 30 };

// 常政办发〔2025〕5号 第十二项: 对名单内企业实行"一年最多查一次""进一次门、查多项事""触发式监管"等包容监管措施 —
// a fixed number, not a setting.
export const WHITELIST_VISITS_PER_YEAR = 1;

export type FrequencyRule =
  | 'routine_cap'
  | 'whitelist_annual_cap'
  | 'exemption_reason_missing'
  | 'exemption_not_approved'
  | 'exemption_self_approved';

/** The stable error code of each rule's refusal (`@rouxing/contracts` errors/inspections.ts). */
export const FREQUENCY_RULE_CODES = {
  routine_cap: 'INSPECTION.ROUTINE_CAP',
  whitelist_annual_cap: 'INSPECTION.WHITELIST_ANNUAL_CAP',
  exemption_reason_missing: 'INSPECTION.EXEMPTION_REASON_MISSING',
  exemption_not_approved: 'INSPECTION.EXEMPTION_NOT_APPROVED',
  exemption_self_approved: 'INSPECTION.EXEMPTION_SELF_APPROVED',
} as const satisfies Record<FrequencyRule, InspectionRefusalCode>;

/** Why a plan is refused: the rule and its code, a Chinese message naming it and its limit, and what the user can do. */
export interface FrequencyRefusal {
  rule: FrequencyRule;
  code: (typeof FREQUENCY_RULE_CODES)[FrequencyRule];
  message: string;
  remedy: string;
  /** For the caps: the limit and the inspections already counted in the year. */
  limit?: number;
  used?: number;
}

/** How the plan counts once accepted (for the indicators: repeated inspections, whitelist exemptions). */
export interface FrequencyCount {
  /** The calendar year it counts in. */
  year: number;
  /** The department's routine inspections of the entity in the year, this plan included if it is routine. */
  departmentRoutine: { count: number; cap: number };
  /** Whitelisted entities: visits in the year across departments (a joint inspection once), this plan included. */
  whitelistVisits: { count: number; cap: number } | null;
  /** The plan joins a joint inspection already counted: no new visit. */
  joinsCountedVisit: boolean;
  /** The exemption claimed, whether approved yet, and the caps it lets the plan past (reported, SPEC 保障措施). */
  exemption: { ground: ExemptionGround; approved: boolean; overrides: FrequencyRule[] } | null;
}

export type FrequencyCheck = { ok: true; counted: FrequencyCount } | { ok: false; refusals: FrequencyRefusal[] };

const NOT_COUNTED: ReadonlySet<PlanStatus> = new Set(['rejected', 'cancelled']);

/** The calendar year a plan counts in: of its check-in, else of its window's first day. */
export function countingYear(plan: { windowFrom: string; checkedInOn?: string | null }): number {
  return Math.floor(dateKey(plan.checkedInOn ?? plan.windowFrom) / 10_000);
}

/** The entity's other plans that count in `year`. */
function countedInYear(plan: PlanUnderCheck, history: readonly PlannedInspection[], year: number): PlannedInspection[] {
  return history.filter((h) => h.entityId === plan.entityId && h.id !== plan.id && !NOT_COUNTED.has(h.status) && countingYear(h) === year);
}

const EXEMPTION_REMEDY = `如确需检查，请写明豁免事由（${Object.values(EXEMPTION_GROUND_LABELS).join('、')}）及具体理由，经审核人员批准`;

/**
 * Checks a plan against the frequency rules. Refused plans get every applicable refusal at once; a plan
 * with a stated exemption passes the caps and reports which caps it overrides.
 */
export function checkPlan(
  plan: PlanUnderCheck,
  context: FrequencyContext,
  config: FrequencyConfig = DEFAULT_FREQUENCY_CONFIG,
): FrequencyCheck {
  const year = countingYear(plan);
  const others = countedInYear(plan, context.history, year);
  const capRefusals: FrequencyRefusal[] = [];

  // 常政办发〔2025〕5号 第十五项: 减少多头检查、重复检查现象; 常政办发〔2025〕5号 第十三项: 依据市场主体不同领域特点和风险程度确定监管内容、方式和频次.
  // The policy sets no number: the cap of routine inspections per department is the platform's setting.
  const routineUsed = others.filter((h) => h.departmentId === plan.departmentId && h.type === 'routine').length;
  const routineCount = routineUsed + (plan.type === 'routine' ? 1 : 0);
  if (plan.type === 'routine' && routineCount > config.routineCapPerDepartment) {
    capRefusals.push({
      rule: 'routine_cap',
      code: FREQUENCY_RULE_CODES.routine_cap,
      message: `超出常规检查频次上限：本部门对同一市场主体每个自然年度的常规检查不超过${config.routineCapPerDepartment}次，${year}年已有${routineUsed}次（常政办发〔2025〕5号 第十五项“减少多头检查、重复检查现象”）`,
      remedy: `可改在${year + 1}年安排，或与其他部门合并为联合检查（综合查一次）；${EXEMPTION_REMEDY}`,
      limit: config.routineCapPerDepartment,
      used: routineUsed,
    });
  }

  // 常政办发〔2025〕5号 第十二项: 对名单内企业实行"一年最多查一次""进一次门、查多项事""触发式监管"等包容监管措施.
  // Every kind of visit counts, by any department; a joint inspection counts once, so joining one already
  // counted adds no visit (进一次门、查多项事).
  let whitelistVisits: FrequencyCount['whitelistVisits'] = null;
  let joinsCountedVisit = false;
  if (context.whitelisted) {
    const visits = new Map<string, PlannedInspection[]>();
    for (const h of others) {
      const key = h.jointGroupId ?? h.id;
      visits.set(key, [...(visits.get(key) ?? []), h]);
    }
    joinsCountedVisit = plan.jointGroupId !== null && visits.has(plan.jointGroupId);
    const count = visits.size + (joinsCountedVisit ? 0 : 1);
    whitelistVisits = { count, cap: WHITELIST_VISITS_PER_YEAR };
    if (!joinsCountedVisit && count > WHITELIST_VISITS_PER_YEAR) {
      capRefusals.push({
        rule: 'whitelist_annual_cap',
        code: FREQUENCY_RULE_CODES.whitelist_annual_cap,
        message: `白名单企业“一年最多查一次”：${year}年各部门对该企业已安排或实施检查${visits.size}次（联合检查计一次），上限${WHITELIST_VISITS_PER_YEAR}次（常政办发〔2025〕5号 第十二项）`,
        remedy: `${joinRemedy([...visits.values()].flat())}；对其余事项实行触发式监管；${EXEMPTION_REMEDY}`,
        limit: WHITELIST_VISITS_PER_YEAR,
        used: visits.size,
      });
    }
  }

  // An exemption claimed but not in order is refused for that alone: the caps are what it was claimed against.
  const exemptionRefusals = exemptionProblems(plan, context.stage);
  if (exemptionRefusals.length > 0) {
    return { ok: false, refusals: exemptionRefusals };
  }
  // 常政办发〔2025〕5号 第十二项: an exempt plan is not refused by the caps, but it is counted and the caps it overrides reported.
  if (capRefusals.length > 0 && !plan.exemption) {
    return { ok: false, refusals: capRefusals };
  }
  // Only the grounds of WHITELIST_EXEMPTION_GROUNDS let a plan past the whitelist's cap.
  const notOverridden = plan.exemption ? whitelistCapKept(capRefusals, plan.exemption.ground) : [];
  if (notOverridden.length > 0) {
    return { ok: false, refusals: notOverridden };
  }
  return {
    ok: true,
    counted: {
      year,
      departmentRoutine: { count: routineCount, cap: config.routineCapPerDepartment },
      whitelistVisits,
      joinsCountedVisit,
      exemption: plan.exemption
        ? { ground: plan.exemption.ground, approved: plan.exemption.approvedBy !== null, overrides: capRefusals.map((r) => r.rule) }
        : null,
    },
  };
}

/**
 * 常政办发〔2025〕5号 第十二项: an exemption needs its legal ground with a stated reason, and a reviewer's approval (not the
 * planner's). The policy lists no grounds; they keep the line it draws in 常政办发〔2025〕5号 第四项: 对重点监管事项坚持"刚性查",
 * 牢牢守住产品质量和安全底线 — a complaint clue, a threat to public safety or life and health, a referral or a
 * special inspection ordered from above is not put off by a frequency cap, but it is counted and reported.
 */
function exemptionProblems(plan: PlanUnderCheck, stage: FrequencyContext['stage']): FrequencyRefusal[] {
  const e = plan.exemption;
  if (!e) {
    return [];
  }
  const label = EXEMPTION_GROUND_LABELS[e.ground];
  if (e.reason.trim().length === 0) {
    return [
      {
        rule: 'exemption_reason_missing',
        code: FREQUENCY_RULE_CODES.exemption_reason_missing,
        message: `以“${label}”申请豁免检查频次限制的，须写明具体理由`,
        remedy: '请补充豁免理由（如投诉举报的编号和内容、移送函的文号）后重新提交',
      },
    ];
  }
  if (e.approvedBy !== null && e.approvedBy === plan.createdBy) {
    return [
      {
        rule: 'exemption_self_approved',
        code: FREQUENCY_RULE_CODES.exemption_self_approved,
        message: '检查计划的制定人不能批准自己申请的频次豁免',
        remedy: '请由本部门其他审核人员或部门负责人审核',
      },
    ];
  }
  if (stage === 'approval' && e.approvedBy === null) {
    return [
      {
        rule: 'exemption_not_approved',
        code: FREQUENCY_RULE_CODES.exemption_not_approved,
        message: `以“${label}”豁免检查频次限制，须经审核人员批准`,
        remedy: '请审核人员审查豁免事由后批准，或不予批准该检查计划',
      },
    ];
  }
  return [];
}

/** The whitelist cap's refusal when the claimed ground is not one of the whitelist's exemption grounds. */
function whitelistCapKept(refusals: readonly FrequencyRefusal[], ground: ExemptionGround): FrequencyRefusal[] {
  if (isWhitelistExemptionGround(ground)) {
    return [];
  }
  const allowed = WHITELIST_EXEMPTION_GROUNDS.map((g) => g.label).join('、');
  return refusals
    .filter((r) => r.rule === 'whitelist_annual_cap')
    .map((r) => ({
      ...r,
      message: `${r.message}；“${EXEMPTION_GROUND_LABELS[ground]}”不是白名单企业的豁免事由`,
      remedy: `白名单企业仅在${allowed}的情形下经审核人员批准可再次检查`,
    }));
}

/** What to do instead of a second visit: join the visit already planned (not yet made), else wait for next year. */
function joinRemedy(plans: readonly PlannedInspection[]): string {
  const open = new Set(
    plans
      .filter((v) => v.status === 'pending_approval' || v.status === 'approved')
      .map((v) => `${v.departmentName ?? '其他部门'}（${v.windowFrom}至${v.windowTo}）`),
  );
  if (open.size === 0) {
    return '本年度已检查过的，下一年度再安排检查';
  }
  // Sorted, so that the message does not depend on the order of the history.
  const names = [...open].sort().join('、');
  return `请与${names}的检查合并为联合检查，“进一次门、查多项事”`;
}
