import type { TrainingFigures } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { listScope, requirePermission } from '../access';
import { departmentStaff, trainingFiguresOf } from '../training.repository';

/**
 * 业务培训 counted per department for a year (the figure the assessment reads, `trainingFiguresOf`): the
 * Judicial Bureau and oversight see every department; a department its own line.
 */
export async function trainingFigures(ctx: AppContext, actor: Actor, year: number): Promise<TrainingFigures> {
  requirePermission(actor, 'training.read', '无权查看业务培训');
  const scope = listScope(actor);
  const all = await trainingFiguresOf(ctx.db, actor.regionCode, year);
  return { year, departments: scope === null ? all : all.filter((d) => d.departmentId === scope) };
}

/** The staff of a department who may be recorded as attendees (for the recorder of the session). */
export async function trainingCandidates(ctx: AppContext, actor: Actor, departmentId: string) {
  requirePermission(actor, 'training.record', '只有部门法制审核人员或司法局可以登记业务培训');
  if (!actor.roles.includes('supervisor') && actor.departmentId !== departmentId) {
    throw notFound('部门');
  }
  return departmentStaff(ctx.db, actor.regionCode, departmentId);
}
