/** The department's certified officers, to choose from when planning (at least two: 行政处罚法 第四十二条). */
import type { InspectionOfficer } from '@rouxing/contracts';
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { certifiedOfficers } from '../inspection-officer.repository';

export async function listInspectionOfficers(ctx: AppContext, actor: Actor): Promise<InspectionOfficer[]> {
  if (!can(actor, 'inspection.plan')) {
    throw forbidden('无权制定检查计划');
  }
  return certifiedOfficers(ctx.db, actor.regionCode, actor.departmentId, shanghaiToday(ctx.now()));
}
