/**
 * A supervision task (督导事项, 常政办发〔2025〕5号 保障措施（二）: 市司法局具体实施…对相关部门工作推进情况开展督导…
 * 及时督促解决): the Judicial Bureau opens it to a department with a deadline in working days; the department
 * answers; the bureau closes it or returns it with a reason, and the department answers again.
 */
import type { SupervisionTaskStatus } from '@rouxing/contracts';

export type SupervisionAction = 'answer' | 'close' | 'return';

export const SUPERVISION_ACTIONS = {
  answer: { from: ['open', 'returned'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  return: { from: ['answered'], to: 'returned' },
} as const satisfies Record<SupervisionAction, { from: readonly SupervisionTaskStatus[]; to: SupervisionTaskStatus }>;

export type SupervisionStep = { ok: true; to: SupervisionTaskStatus } | { ok: false; code: 'SUPERVISION.STEP_REFUSED'; problem: string };

const LABELS: Readonly<Record<SupervisionTaskStatus, string>> = {
  open: '待答复',
  answered: '已答复待审核',
  returned: '已退回待重新答复',
  closed: '已办结',
};

export function supervisionStep(status: SupervisionTaskStatus, action: SupervisionAction): SupervisionStep {
  const a = SUPERVISION_ACTIONS[action];
  if ((a.from as readonly SupervisionTaskStatus[]).includes(status)) {
    return { ok: true, to: a.to };
  }
  const verb = action === 'answer' ? '答复' : action === 'close' ? '办结' : '退回';
  return { ok: false, code: 'SUPERVISION.STEP_REFUSED', problem: `督导事项${LABELS[status]}，不能${verb}` };
}

/** Waiting for the department (open or returned) past its last working day. */
export function isSupervisionOverdue(status: SupervisionTaskStatus, dueOn: string, today: string): boolean {
  return (status === 'open' || status === 'returned') && dueOn < today;
}
