import type { TrainingQuery, TrainingSession } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listDepartments } from '../../departments/department.repository';
import { notFound } from '../../errors';
import { listScope, requirePermission, seesDepartments } from '../access';
import { materialDto } from '../dto';
import {
  findTrainingSession,
  listTrainingAttendees,
  listTrainingMaterials,
  listTrainingSessions,
  type TrainingSessionRow,
} from '../training.repository';

async function withParts(ctx: AppContext, regionCode: string, rows: TrainingSessionRow[]): Promise<TrainingSession[]> {
  const ids = rows.map((r) => r.id);
  const [deps, attendees, materials] = await Promise.all([
    listDepartments(ctx.db, regionCode),
    listTrainingAttendees(ctx.db, regionCode, ids),
    listTrainingMaterials(ctx.db, regionCode, ids),
  ]);
  const nameOf = new Map(deps.map((d) => [d.id, d.name]));
  return rows.map((r) => ({
    ...r,
    departments: r.departmentIds.map((d) => ({ id: d, name: nameOf.get(d) ?? '' })),
    attendees: attendees.filter((a) => a.sessionId === r.id).map(({ id, name, departmentId }) => ({ id, name, departmentId })),
    materials: materials.filter((m) => m.sessionId === r.id).map(materialDto),
  }));
}

/** Training sessions: the department's own, or any department's for the Judicial Bureau and oversight. */
export async function listVisibleTrainingSessions(ctx: AppContext, actor: Actor, q: TrainingQuery) {
  requirePermission(actor, 'training.read', '无权查看业务培训');
  const scope = listScope(actor);
  if (scope === 'none') {
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const { rows, total } = await listTrainingSessions(ctx.db, actor.regionCode, scope ?? q.departmentId ?? null, q.year, q);
  return { items: await withParts(ctx, actor.regionCode, rows), total, page: q.page, pageSize: q.pageSize };
}

/** One session the actor may see (one of its departments took part; or the Judicial Bureau); 404 otherwise. */
export async function getTrainingSession(ctx: AppContext, actor: Actor, id: string): Promise<TrainingSession> {
  requirePermission(actor, 'training.read', '无权查看业务培训');
  const row = await findTrainingSession(ctx.db, actor.regionCode, id);
  if (!row || !seesDepartments(actor, row.departmentIds)) {
    throw notFound('培训记录');
  }
  return (await withParts(ctx, actor.regionCode, [row]))[0] as TrainingSession;
}
