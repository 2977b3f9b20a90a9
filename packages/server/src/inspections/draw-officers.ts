/**
 * The second 随机 of 双随机一公开 (常政办发〔2025〕5号 第十三项): for each entity drawn, officers of the department
 * drawn at random (domain `drawOfficersForEach`) among those holding a valid 行政执法证, leaving out those who declared a conflict with it (回避).
 */
import { drawOfficersForEach, type RandomDrawConfig } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import { conflictsWith, drawableOfficers } from './inspection-officer.repository';

export interface DrawnOfficers {
  officerIds: string[];
  officerNames: string[];
}

/** The officers of each entity, in the order of `entityIds`; refused (422) when too few remain for one. */
export async function drawOfficersFor(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  entityIds: readonly string[],
  seed: number,
  config: RandomDrawConfig,
  today: string,
): Promise<DrawnOfficers[]> {
  const officers = await drawableOfficers(db, regionCode, departmentId, today);
  const conflicts = await conflictsWith(db, regionCode, entityIds);
  const draws = drawOfficersForEach(
    entityIds,
    officers.map((o) => o.id),
    conflicts,
    seed,
    config,
  );
  const refused = draws.find((d) => !d.ok);
  if (refused && !refused.ok) {
    throw new AppError(refused.refusal.code, `${refused.refusal.message}。${refused.refusal.remedy}`, [
      { path: 'officers', message: '可抽取的执法人员不足两名' },
    ]);
  }
  const nameOf = new Map(officers.map((o) => [o.id, o.name]));
  return draws.map((d) => {
    const officerIds = d.ok ? d.officerIds : [];
    return { officerIds, officerNames: officerIds.map((o) => nameOf.get(o) ?? '') };
  });
}
