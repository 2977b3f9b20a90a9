/**
 * The inspections behind a 综合查一次 figure (常政办发〔2025〕5号 第四项; SPEC 保障措施: drill-down to what is behind each
 * number): a department's, or the city's for the Judicial Bureau; all of them or the joint ones. A department's staff
 * drill into their own department's figure only (another's is out of scope: 404).
 */
import type { JointRateVisit, JointRateVisitsQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden, notFound } from '../../errors';
import { jointRateOf, seesEveryDepartment } from '../joint-rate';

export async function listJointRateVisits(ctx: AppContext, actor: Actor, q: JointRateVisitsQuery): Promise<JointRateVisit[]> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查指标');
  }
  const departmentId = q.departmentId ?? (seesEveryDepartment(actor) ? null : actor.departmentId);
  if (!seesEveryDepartment(actor) && (!departmentId || departmentId !== actor.departmentId)) {
    throw notFound('部门');
  }
  const { rows, counted } = await jointRateOf(ctx.db, actor.regionCode, q);
  const plansOf = new Map<string, typeof rows>();
  for (const r of rows) {
    plansOf.set(r.visitId, [...(plansOf.get(r.visitId) ?? []), r]);
  }
  return counted
    .filter((v) => departmentId === null || v.departmentIds.includes(departmentId))
    .filter((v) => q.joint === undefined || v.departmentIds.length >= 2 === q.joint)
    .map((v) => {
      const plans = plansOf.get(v.id) ?? [];
      const first = plans[0];
      return {
        visitId: v.id,
        joint: v.departmentIds.length >= 2,
        checkedInOn: v.checkedInOn,
        entityId: first?.entityId ?? '',
        entityName: first?.entityName ?? '',
        industryCode: v.industryCode,
        departmentNames: [...new Set(plans.map((p) => p.departmentName))].sort(),
        planIds: plans.map((p) => p.planId),
      };
    });
}
