/** Who may see a plan: the enterprise its own; the department's staff (the Judicial Bureau: all) within their scope. */
import { type Actor, can, canSeeDepartmentRecord } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { notFound } from '../errors';
import { findPlan, type PlanRow } from './inspection-plan.repository';

/** The plan if the actor may see it (locked for the transaction when `lock`), else the uniform 404. */
export async function visiblePlan(db: Queryable, actor: Actor, id: string, lock = false): Promise<PlanRow> {
  const row = await findPlan(db, actor.regionCode, id, lock);
  const entityOwn = row && can(actor, 'own_entity.read') && actor.entityUscc === row.entityUscc;
  if (
    !row ||
    !(
      entityOwn ||
      (can(actor, 'inspection.read') && canSeeDepartmentRecord(actor, { regionCode: row.regionCode, departmentIds: [row.departmentId] }))
    )
  ) {
    throw notFound('检查计划');
  }
  return row;
}
