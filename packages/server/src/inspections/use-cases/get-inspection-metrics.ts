/**
 * The indicators of a year (SPEC 保障措施): visits (a joint inspection once), the joint rate in food, drug and
 * catering against its target, visits per entity, plans refused by the frequency rules, exemptions used —
 * the department's own, or the region's for the Judicial Bureau.
 */
import type { InspectionMetrics } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { refusedPlanCount, visitCounts } from '../joint.repository';

/** Industries of the 综合查一次 pilot (常政办发〔2025〕5号 第四项: 在食品、药品、餐饮领域先行先试): GB/T 4754 prefixes. */
export const FOOD_DRUG_CATERING = ['H62', 'C13', 'C14', 'C15', 'C27', 'F5221', 'F5223', 'F5251', 'F5252', 'F5124', 'F5126', 'F5127'];
export const JOINT_RATE_TARGET = 0.2;

export async function getInspectionMetrics(ctx: AppContext, actor: Actor, year: number): Promise<InspectionMetrics> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查指标');
  }
  const scope = actor.roles.includes('supervisor') ? null : actor.departmentId;
  const v = await visitCounts(ctx.db, actor.regionCode, year, FOOD_DRUG_CATERING, scope);
  const refused = await refusedPlanCount(ctx.db, actor.regionCode, year);
  return {
    year,
    scope: scope ? 'department' : 'region',
    visits: v.visits,
    jointVisits: v.joint,
    foodDrugCatering: {
      visits: v.fdcVisits,
      jointVisits: v.fdcJoint,
      jointRate: v.fdcVisits ? v.fdcJoint / v.fdcVisits : 0,
      target: JOINT_RATE_TARGET,
    },
    inspectedEntities: v.entities,
    visitsPerEntity: v.entities ? v.visits / v.entities : 0,
    repeatedInspectionsPrevented: refused,
    exemptionsUsed: v.exemptions,
  };
}
