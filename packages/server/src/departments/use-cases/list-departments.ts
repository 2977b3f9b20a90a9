import type { Department } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listDepartments } from '../department.repository';

/** The departments of the caller's region (every signed-in role picks from them). */
export async function listRegionDepartments(ctx: AppContext, actor: Actor): Promise<Department[]> {
  return listDepartments(ctx.db, actor.regionCode);
}
