import type { PageQuery } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listImportJobs } from '../import-job.repository';
import { toImportJobDto } from '../import-job-dto';

/** The caller's department's jobs, newest first; every department's for the Judicial Bureau; none without a department. */
export async function listVisibleImportJobs(ctx: AppContext, actor: Actor, { page, pageSize }: PageQuery) {
  const allDepartments = actor.roles.includes('supervisor');
  if (!allDepartments && !actor.departmentId) {
    return { items: [], total: 0, page, pageSize };
  }
  const r = await listImportJobs(ctx.db, {
    regionCode: actor.regionCode,
    departmentId: actor.departmentId,
    allDepartments,
    page,
    pageSize,
  });
  return { items: await Promise.all(r.items.map((j) => toImportJobDto(ctx.db, j, false))), total: r.total, page, pageSize };
}
