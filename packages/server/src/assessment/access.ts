/**
 * Who sees and who sets the 年度考评 (常政办发〔2025〕5号 保障措施（二）: 市司法局具体实施): the Judicial Bureau sets the
 * weights and the additions and deductions and sees every department, as do the oversight bodies; a department's
 * leaders and reviewers see their own department's line.
 */
import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';
import { seesRegion } from '../supervision/access';

/** The department whose line the caller sees, null for every department. */
export function assessmentScope(actor: Actor): string | null {
  if (!can(actor, 'supervision.read')) {
    throw forbidden('无权查看年度考评');
  }
  if (seesRegion(actor)) {
    return null;
  }
  if (!actor.departmentId) {
    throw forbidden('无权查看年度考评');
  }
  return actor.departmentId;
}

export function requireAssessmentManager(actor: Actor): void {
  if (!can(actor, 'supervision.manage')) {
    throw forbidden('只有司法局可以设置年度考评的权重和加减分');
  }
}
