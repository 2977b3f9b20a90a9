import { PLAN_STATUSES, type PlanStatus } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { applyPlanAction, assertPlanTransition, PLAN_ACTIONS, type PlanAction, type PlanSnapshot } from './plan-lifecycle';

const TODAY = '2026-11-28';

/** A plan in `status` as the server stores it: checked in (and out) once it got there. */
function planIn(status: PlanStatus | null, emergency = false): PlanSnapshot | null {
  if (status === null) {
    return null;
  }
  const checkedIn = status === 'checked_in' || status === 'completed';
  return {
    status,
    emergency,
    windowFrom: '2026-11-28',
    windowTo: '2026-12-05',
    checkedInAt: checkedIn ? '2026-11-28T02:00:00.000Z' : null,
    checkedOutAt: status === 'completed' ? '2026-11-28T04:00:00.000Z' : null,
  };
}

/** What each action does from each state: the state it leads to, `repeat`, or the refusal's code. */
const EXPECTED: Record<PlanAction, Record<'none' | PlanStatus, string>> = {
  plan: {
    none: 'pending_approval',
    pending_approval: 'CONFLICT.DUPLICATE',
    approved: 'CONFLICT.DUPLICATE',
    rejected: 'CONFLICT.DUPLICATE',
    checked_in: 'CONFLICT.DUPLICATE',
    completed: 'CONFLICT.DUPLICATE',
    cancelled: 'CONFLICT.DUPLICATE',
  },
  approve: {
    none: 'INSPECTION.NOT_PENDING_APPROVAL',
    pending_approval: 'approved',
    approved: 'INSPECTION.NOT_PENDING_APPROVAL',
    rejected: 'INSPECTION.NOT_PENDING_APPROVAL',
    checked_in: 'INSPECTION.NOT_PENDING_APPROVAL',
    completed: 'INSPECTION.NOT_PENDING_APPROVAL',
    cancelled: 'INSPECTION.NOT_PENDING_APPROVAL',
  },
  reject: {
    none: 'INSPECTION.NOT_PENDING_APPROVAL',
    pending_approval: 'rejected',
    approved: 'INSPECTION.NOT_PENDING_APPROVAL',
    rejected: 'INSPECTION.NOT_PENDING_APPROVAL',
    checked_in: 'INSPECTION.NOT_PENDING_APPROVAL',
    completed: 'INSPECTION.NOT_PENDING_APPROVAL',
    cancelled: 'INSPECTION.NOT_PENDING_APPROVAL',
  },
  check_in: {
    none: 'INSPECTION.NOT_APPROVED',
    pending_approval: 'INSPECTION.NOT_APPROVED',
    approved: 'checked_in',
    rejected: 'INSPECTION.NOT_APPROVED',
    checked_in: 'repeat',
    completed: 'repeat',
    cancelled: 'INSPECTION.NOT_APPROVED',
  },
  backfill_approve: {
    none: 'INSPECTION.NOT_PENDING_APPROVAL',
    pending_approval: 'INSPECTION.NOT_PENDING_APPROVAL',
    approved: 'INSPECTION.NOT_PENDING_APPROVAL',
    rejected: 'INSPECTION.NOT_PENDING_APPROVAL',
    checked_in: 'INSPECTION.NOT_PENDING_APPROVAL',
    completed: 'INSPECTION.NOT_PENDING_APPROVAL',
    cancelled: 'INSPECTION.NOT_PENDING_APPROVAL',
  },
  check_out: {
    none: 'INSPECTION.NOT_CHECKED_IN',
    pending_approval: 'INSPECTION.NOT_CHECKED_IN',
    approved: 'INSPECTION.NOT_CHECKED_IN',
    rejected: 'INSPECTION.NOT_CHECKED_IN',
    checked_in: 'completed',
    completed: 'repeat',
    cancelled: 'INSPECTION.NOT_CHECKED_IN',
  },
  rate: {
    none: 'INSPECTION.NOT_COMPLETED',
    pending_approval: 'INSPECTION.NOT_COMPLETED',
    approved: 'INSPECTION.NOT_COMPLETED',
    rejected: 'INSPECTION.NOT_COMPLETED',
    checked_in: 'INSPECTION.NOT_COMPLETED',
    completed: 'completed',
    cancelled: 'INSPECTION.NOT_COMPLETED',
  },
  issue_code: {
    none: 'INSPECTION.NOT_APPROVED',
    pending_approval: 'INSPECTION.NOT_APPROVED',
    approved: 'approved',
    rejected: 'INSPECTION.NOT_APPROVED',
    checked_in: 'checked_in',
    completed: 'completed',
    cancelled: 'INSPECTION.NOT_APPROVED',
  },
};

/** 紧急检查: the officers may enter, and the code is shown, before approval; everything else as for any plan. */
const EMERGENCY_DIFFERS: Partial<Record<PlanAction, Partial<Record<PlanStatus, string>>>> = {
  check_in: { pending_approval: 'checked_in' },
  backfill_approve: { checked_in: 'checked_in', completed: 'completed' },
  issue_code: { pending_approval: 'pending_approval' },
};

const outcome = (r: ReturnType<typeof applyPlanAction>) => (r.ok ? (r.repeat ? 'repeat' : r.to) : r.code);
const STATES = [null, ...PLAN_STATUSES] as const;
const CASES = PLAN_ACTIONS.flatMap((action) => STATES.map((state) => [action, state ?? 'none', state] as const));

describe('[INSPECTION][LIFECYCLE] the plan transitions table', () => {
  it.each(CASES)('%s from %s', (action, label, state) => {
    expect(outcome(applyPlanAction(planIn(state), action, TODAY))).toBe(EXPECTED[action][label]);
    const emergency = state === null ? EXPECTED[action].none : (EMERGENCY_DIFFERS[action]?.[state] ?? EXPECTED[action][state]);
    expect(outcome(applyPlanAction(planIn(state, true), action, TODAY))).toBe(emergency);
  });

  it('answers a refusal with its Chinese sentence and the path it names', () => {
    expect(applyPlanAction(planIn('pending_approval'), 'check_in', TODAY)).toEqual({
      ok: false,
      code: 'INSPECTION.NOT_APPROVED',
      problem: '检查计划未经批准，不得入企检查',
      path: 'status',
    });
    expect(applyPlanAction(planIn('approved'), 'approve', TODAY)).toEqual({
      ok: false,
      code: 'INSPECTION.NOT_PENDING_APPROVAL',
      problem: '只有待审批的检查计划可以审批',
      path: 'status',
    });
    expect(applyPlanAction(planIn('pending_approval'), 'issue_code', TODAY)).toMatchObject({ problem: '检查计划经批准后才生成检查码' });
    expect(applyPlanAction(planIn('approved'), 'check_out', TODAY)).toMatchObject({ problem: '请先签到，再签退' });
    expect(applyPlanAction(planIn('checked_in'), 'rate', TODAY)).toMatchObject({ problem: '检查结束（签退）后才能评价' });
  });

  it('gives the states for the event row', () => {
    expect(applyPlanAction(null, 'plan', TODAY)).toEqual({ ok: true, from: null, to: 'pending_approval', repeat: false });
    expect(applyPlanAction(planIn('approved'), 'check_in', TODAY)).toEqual({ ok: true, from: 'approved', to: 'checked_in', repeat: false });
    expect(applyPlanAction(planIn('checked_in'), 'check_in', TODAY)).toEqual({
      ok: true,
      from: 'checked_in',
      to: 'checked_in',
      repeat: true,
    });
  });
});

describe('[INSPECTION][LIFECYCLE] check-in within the approved window (常政办发〔2025〕5号 第十五项 入企审批)', () => {
  it.each([
    ['the day before the window', '2026-11-27', 'INSPECTION.OUTSIDE_WINDOW'],
    ['its first day', '2026-11-28', 'checked_in'],
    ['its last day', '2026-12-05', 'checked_in'],
    ['the day after', '2026-12-06', 'INSPECTION.OUTSIDE_WINDOW'],
  ])('%s (%s) → %s', (_label, today, expected) => {
    expect(outcome(applyPlanAction(planIn('approved'), 'check_in', today))).toBe(expected);
    expect(outcome(applyPlanAction(planIn('pending_approval', true), 'check_in', today))).toBe(expected);
  });

  it('names the window in the refusal, and refuses an unapproved plan before looking at the day', () => {
    expect(applyPlanAction(planIn('approved'), 'check_in', '2026-12-06')).toEqual({
      ok: false,
      code: 'INSPECTION.OUTSIDE_WINDOW',
      problem: '不在批准的检查期限（2026-11-28至2026-12-05）内，不得入企检查',
      path: 'window',
    });
    expect(outcome(applyPlanAction(planIn('pending_approval'), 'check_in', '2026-12-06'))).toBe('INSPECTION.NOT_APPROVED');
  });

  it('answers a retried check-in as a repeat even after the window', () => {
    expect(outcome(applyPlanAction(planIn('checked_in'), 'check_in', '2026-12-31'))).toBe('repeat');
  });
});

describe('[INSPECTION][LIFECYCLE] assertPlanTransition', () => {
  it.each([
    [null, 'pending_approval'],
    ['pending_approval', 'approved'],
    ['pending_approval', 'rejected'],
    ['pending_approval', 'checked_in'],
    ['approved', 'checked_in'],
    ['checked_in', 'completed'],
    ['completed', 'completed'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(() => assertPlanTransition(from, to)).not.toThrow();
  });

  it.each([
    [null, 'approved'],
    ['approved', 'completed'],
    ['rejected', 'approved'],
    ['completed', 'checked_in'],
    ['cancelled', 'approved'],
    ['pending_approval', 'cancelled'],
  ] as const)('throws for %s → %s', (from, to) => {
    expect(() => assertPlanTransition(from, to)).toThrow(/plan transition not allowed/);
  });
});
