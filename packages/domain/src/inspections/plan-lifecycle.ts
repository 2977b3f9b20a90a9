/**
 * The life of an inspection plan (公务入企) as data: a transitions table saying, per action, from which states
 * it may be taken, to which state it leads and how it is refused otherwise; `applyPlanAction` answers with
 * the states for the event row or with the refusal's stable code and Chinese sentence.
 *
 *   (none) ──plan──▶ pending_approval ──approve──▶ approved ──check_in──▶ checked_in ──check_out──▶ completed
 *                         │   └──check_in (紧急检查: entry before approval)──▲                        │
 *                         └──reject──▶ rejected                                     rate (the enterprise) ┘
 *   An emergency plan checked in (or completed) before approval gets it afterwards: `backfill_approve`, state unchanged.
 *   The inspection code (`issue_code`) exists from approval — for an emergency plan from the start — to the end.
 *   `cancelled` is reserved by the contract: no action leads to it yet, and none leads out of it.
 *
 * 常政办发〔2025〕5号 第十五项: 继续强化对公务入企审批、入企扫码登记制度的实施 — entry only with an approved plan,
 * within its window, registered by scanning in and out. Who may take an action (the planner, the department's
 * reviewer, the officers on the plan, the enterprise) is checked by the server before it asks this table.
 * Time is passed in: `today` (`YYYY-MM-DD`, Asia/Shanghai) for the window.
 */
import type { PlanStatus } from '@rouxing/contracts';
import type { InspectionRefusalCode } from './types';

export const PLAN_ACTIONS = ['plan', 'approve', 'backfill_approve', 'reject', 'check_in', 'check_out', 'rate', 'issue_code'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** The code of a plan action's refusal: a rule's, or a duplicate (a plan made twice). */
export type PlanRefusalCode = InspectionRefusalCode | 'CONFLICT.DUPLICATE';

/** The plan as the lifecycle reads it. */
export interface PlanSnapshot {
  status: PlanStatus;
  /** 紧急检查: the officers may enter before approval, which is sought afterwards. */
  emergency: boolean;
  /** The approved window, `YYYY-MM-DD`, both ends inclusive. */
  windowFrom: string;
  windowTo: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

export interface PlanTransition {
  action: PlanAction;
  /** null: no plan yet. */
  from: readonly (PlanStatus | null)[];
  /** States an emergency plan may also take it from. */
  emergencyFrom: readonly PlanStatus[];
  /** The state it leads to; `same` leaves the state unchanged. */
  to: PlanStatus | 'same';
  /** Taken once: a repeat (a retried request) is answered with the plan unchanged, whatever its state. */
  once: 'checkedInAt' | 'checkedOutAt' | null;
  /** The refusal from any other state: a stable code, a Chinese sentence and the path it names. */
  refusal: { code: PlanRefusalCode; problem: string };
  /** 常政办发〔2025〕5号, quoted. */
  basis: string;
}

const NOT_APPROVED: PlanTransition['refusal'] = { code: 'INSPECTION.NOT_APPROVED', problem: '检查计划未经批准，不得入企检查' };
const NOT_PENDING: PlanTransition['refusal'] = { code: 'INSPECTION.NOT_PENDING_APPROVAL', problem: '只有待审批的检查计划可以审批' };
const ENTRY_APPROVAL = '常政办发〔2025〕5号 第十五项: 继续强化对公务入企审批、入企扫码登记制度的实施';
const ENTRY_CONDUCT = '常政办发〔2025〕5号 第十五项: 进一步规范公务入企行为';

export const PLAN_TRANSITIONS: readonly PlanTransition[] = [
  {
    action: 'plan',
    from: [null],
    emergencyFrom: [],
    to: 'pending_approval',
    once: null,
    refusal: { code: 'CONFLICT.DUPLICATE', problem: '该检查计划已经制定' },
    basis: ENTRY_APPROVAL,
  },
  {
    action: 'approve',
    from: ['pending_approval'],
    emergencyFrom: [],
    to: 'approved',
    once: null,
    refusal: NOT_PENDING,
    basis: ENTRY_APPROVAL,
  },
  {
    // 紧急检查: the officers entered first; the approval is sought afterwards (补办审批) and leaves the visit's state as it is.
    action: 'backfill_approve',
    from: [],
    emergencyFrom: ['checked_in', 'completed'],
    to: 'same',
    once: null,
    refusal: { code: 'INSPECTION.NOT_PENDING_APPROVAL', problem: '只有已入企的紧急检查可以补办审批' },
    basis: ENTRY_APPROVAL,
  },
  {
    action: 'reject',
    from: ['pending_approval'],
    emergencyFrom: [],
    to: 'rejected',
    once: null,
    refusal: NOT_PENDING,
    basis: ENTRY_APPROVAL,
  },
  {
    action: 'check_in',
    from: ['approved'],
    emergencyFrom: ['pending_approval'],
    to: 'checked_in',
    once: 'checkedInAt',
    refusal: NOT_APPROVED,
    basis: ENTRY_APPROVAL,
  },
  {
    action: 'check_out',
    from: ['checked_in'],
    emergencyFrom: [],
    to: 'completed',
    once: 'checkedOutAt',
    refusal: { code: 'INSPECTION.NOT_CHECKED_IN', problem: '请先签到，再签退' },
    basis: ENTRY_APPROVAL,
  },
  {
    action: 'rate',
    from: ['completed'],
    emergencyFrom: [],
    to: 'same',
    once: null,
    refusal: { code: 'INSPECTION.NOT_COMPLETED', problem: '检查结束（签退）后才能评价' },
    basis: ENTRY_CONDUCT,
  },
  {
    action: 'issue_code',
    from: ['approved', 'checked_in', 'completed'],
    emergencyFrom: ['pending_approval'],
    to: 'same',
    once: null,
    refusal: { code: 'INSPECTION.NOT_APPROVED', problem: '检查计划经批准后才生成检查码' },
    basis: ENTRY_APPROVAL,
  },
];

export type PlanActionResult =
  | {
      ok: true;
      from: PlanStatus | null;
      to: PlanStatus;
      /** A repeat of an action taken once already (a retried check-in): nothing to write, no event. */
      repeat: boolean;
    }
  | { ok: false; code: PlanRefusalCode; problem: string; path: string };

function rowFor(action: PlanAction): PlanTransition {
  const row = PLAN_TRANSITIONS.find((t) => t.action === action);
  if (!row) {
    throw new Error(`no transition for plan action ${action}`);
  }
  return row;
}

function allowedFrom(row: PlanTransition, plan: PlanSnapshot | null): boolean {
  if (plan === null) {
    return row.from.includes(null);
  }
  return row.from.includes(plan.status) || (plan.emergency && row.emergencyFrom.includes(plan.status));
}

/**
 * Whether `action` may be taken on `plan` (null: none yet) on `today` (`YYYY-MM-DD`, Asia/Shanghai), and the
 * states it leads from and to. A repeat of a once-only action (check-in, check-out) is `repeat: true` before
 * any other rule; a check-in outside the approved window is refused even from an allowed state.
 */
export function applyPlanAction(plan: PlanSnapshot | null, action: PlanAction, today: string): PlanActionResult {
  const row = rowFor(action);
  const from = plan?.status ?? null;
  if (plan && row.once && plan[row.once]) {
    return { ok: true, from, to: plan.status, repeat: true };
  }
  if (!allowedFrom(row, plan)) {
    return { ok: false, ...row.refusal, path: 'status' };
  }
  // 常政办发〔2025〕5号 第十五项 入企审批: the approval covers its window only.
  if (action === 'check_in' && plan && (today < plan.windowFrom || today > plan.windowTo)) {
    return {
      ok: false,
      code: 'INSPECTION.OUTSIDE_WINDOW',
      problem: `不在批准的检查期限（${plan.windowFrom}至${plan.windowTo}）内，不得入企检查`,
      path: 'window',
    };
  }
  const to = row.to === 'same' ? (from as PlanStatus) : row.to;
  return { ok: true, from, to, repeat: false };
}

/** Throws unless some row of the table leads from `from` to `to`: a broken invariant, not a user error. */
export function assertPlanTransition(from: PlanStatus | null, to: PlanStatus): void {
  const ok = PLAN_TRANSITIONS.some(
    (t) => (t.from.includes(from) || (from !== null && t.emergencyFrom.includes(from))) && (t.to === 'same' ? from === to : t.to === to),
  );
  if (!ok) {
    throw new Error(`plan transition not allowed: ${from ?? '(none)'} → ${to}`);
  }
}
