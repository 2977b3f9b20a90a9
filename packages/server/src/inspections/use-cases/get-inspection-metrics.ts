/**
 * The indicators of a year (SPEC 保障措施): visits (a joint inspection once), the joint rate in food, drug and
 * catering against its target, visits per entity, plans refused by the frequency rules, exemptions used —
 * the department's own, or the region's for the Judicial Bureau. The joint rate is the specification's (`../joint-rate.ts`:
 * the GB/T 4754-2017 classes listed there, inspections checked in during the year, a joint one once).
 */
import type { InspectionMetrics } from '@rouxing/contracts';
import { type Actor, can, JOINT_RATE_CLASSES } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { refusedPlanCount, visitCounts } from '../joint.repository';
import { JOINT_RATE_TARGET, jointRateOf } from '../joint-rate';

export async function getInspectionMetrics(ctx: AppContext, actor: Actor, year: number): Promise<InspectionMetrics> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查指标');
  }
  const scope = actor.roles.includes('supervisor') ? null : actor.departmentId;
  const v = await visitCounts(ctx.db, actor.regionCode, year, JOINT_RATE_CLASSES, scope);
  const { rate } = await jointRateOf(ctx.db, actor.regionCode, { from: `${year}-01-01`, to: `${year}-12-31` });
  const fdc = scope ? rate.byDepartment.get(scope) : rate.cityWide;
  const refused = await refusedPlanCount(ctx.db, actor.regionCode, year);
  return {
    year,
    scope: scope ? 'department' : 'region',
    visits: v.visits,
    jointVisits: v.joint,
    foodDrugCatering: {
      visits: fdc?.total ?? 0,
      jointVisits: fdc?.joint ?? 0,
      jointRate: fdc?.rate ?? 0,
      target: JOINT_RATE_TARGET,
    },
    inspectedEntities: v.entities,
    visitsPerEntity: v.entities ? v.visits / v.entities : 0,
    repeatedInspectionsPrevented: refused,
    exemptionsUsed: v.exemptions,
  };
}
