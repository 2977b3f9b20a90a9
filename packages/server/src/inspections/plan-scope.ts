/** Who may see a plan: the enterprise its own; the department's staff (the Judicial Bureau: all) within their scope. */
import { type Actor, can, canSeeDepartmentRecord } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { notFound } from '../errors';
import { findPlan, type LockedPlan, lockPlan, type PlanRow } from './inspection-plan.repository';

/** The row if the actor may see it, else the uniform 404. */
function seen<T extends PlanRow>(actor: Actor, row: T | null): T {
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

/** The plan if the actor may see it, else the uniform 404. */
export async function visiblePlan(db: Queryable, actor: Actor, id: string): Promise<PlanRow> {
  return seen(actor, await findPlan(db, actor.regionCode, id));
}

/** The plan locked for the transaction, with its officers and items (`lockPlan`), if the actor may see it, else the uniform 404. */
export async function visibleLockedPlan(tx: Queryable, actor: Actor, id: string): Promise<LockedPlan> {
  return seen(actor, await lockPlan(tx, actor.regionCode, id));
}
