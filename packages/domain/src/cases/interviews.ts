/**
 * 行政约谈 as its own record (常政办发〔2025〕5号 第三项): the form of an interview against its parties and departments,
 * the order of its steps, and the status of a follow-up item (整改事项). Pure.
 */
import type { InterviewMode, InterviewState } from '@rouxing/contracts';
import { INTERVIEW_MODE_LABELS, interviewProblem } from './measures';

export interface InterviewForm {
  mode: InterviewMode;
  departmentIds: readonly string[];
  leadDepartmentId: string;
  partyCount: number;
}

/**
 * Why the form is wrong (a Chinese sentence), or null: an individual interview has one party, a collective one several
 * (集中约谈), both by the lead department alone; a joint one (联合约谈, 涉及多个部门职责的) has two or more departments and
 * one or more parties — with several parties it is collective and joint at once.
 */
export function interviewFormProblem(form: InterviewForm): string | null {
  const departments = interviewProblem(form, form.leadDepartmentId);
  if (departments) {
    return departments;
  }
  if (form.mode === 'individual' && form.partyCount !== 1) {
    return `${INTERVIEW_MODE_LABELS.individual}只有一个约谈对象；多个对象请选择集中约谈`;
  }
  if (form.mode === 'collective' && form.partyCount < 2) {
    return `${INTERVIEW_MODE_LABELS.collective}须有两个以上约谈对象`;
  }
  return null;
}

/** The step an interview takes and the states it may be taken from: the minutes are replaced only before anyone signs. */
export const INTERVIEW_STEPS = {
  attendance: { from: ['scheduled', 'held'], to: 'held' },
  minutes: { from: ['held', 'minuted'], to: 'minuted' },
  sign: { from: ['minuted'], to: 'minuted' },
} as const satisfies Record<string, { from: readonly InterviewState[]; to: InterviewState }>;
export type InterviewStep = keyof typeof INTERVIEW_STEPS;

export function interviewStepAllowed(state: InterviewState, step: InterviewStep): boolean {
  return (INTERVIEW_STEPS[step].from as readonly InterviewState[]).includes(state);
}

/** A follow-up item is done when recorded so, overdue once its due day has passed (`today` as YYYY-MM-DD), else open. */
export function followUpStatus(item: { dueOn: string; doneAt: string | null }, today: string): 'open' | 'overdue' | 'done' {
  if (item.doneAt) {
    return 'done';
  }
  return today > item.dueOn ? 'overdue' : 'open';
}
