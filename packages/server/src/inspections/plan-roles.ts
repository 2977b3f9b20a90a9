/** Who may take a step of a plan (403 otherwise): the department's approver, the officers on the plan. */
import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';
import type { LockedPlan, PlanRow } from './inspection-plan.repository';

/** The department's head or legal reviewer, never the planner (four eyes: 常政办发〔2025〕5号 第十五项 公务入企审批). */
export function requireApprover(actor: Actor, plan: PlanRow): void {
  if (!can(actor, 'inspection.approve') || actor.departmentId !== plan.departmentId) {
    throw forbidden('只有本部门负责人或法制审核人员可以审批检查计划');
  }
  if (plan.createdBy === actor.userId) {
    throw forbidden('制定人不能审批自己制定的检查计划');
  }
}

/** Only the officers named on the plan check in and out (the officers as the plan's locked read gave them). */
export function requireOnPlan(actor: Actor, plan: LockedPlan): void {
  if (!can(actor, 'inspection.plan') || !plan.officers.some((o) => o.userId === actor.userId)) {
    throw forbidden('只有本次检查的执法人员可以签到、签退');
  }
}
