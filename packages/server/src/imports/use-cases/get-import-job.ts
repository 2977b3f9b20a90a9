import type { ImportJob } from '@rouxing/contracts';
import { type Actor, canSeeDepartmentRecord } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findImportJob, type ImportJobRow, listImportErrors, listImportJobs } from '../import-job.repository';

export async function toImportJobDto(ctx: AppContext, row: ImportJobRow, withErrors = true): Promise<ImportJob> {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    rowsRead: row.rowsRead,
    rowsCommitted: row.rowsCommitted,
    rowsFailed: row.rowsFailed,
    bytesRead: Math.min(row.bytesRead, row.bytesTotal),
    bytesTotal: row.bytesTotal,
    rowsTotal: row.rowsTotal,
    message: row.message,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    errors: withErrors ? await listImportErrors(ctx.db, row.regionCode, row.id, 100) : [],
  };
}

/**
 * An import job is a department-scoped record: the importing department and the Judicial Bureau see it;
 * any other caller gets the same 404 as for a job that does not exist.
 */
export async function loadVisibleImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJobRow> {
  const row = await findImportJob(ctx.db, actor.regionCode, id);
  if (!row || !canSeeDepartmentRecord(actor, { regionCode: row.regionCode, departmentIds: [row.departmentId] })) {
    throw notFound('导入任务');
  }
  return row;
}

export async function getImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  return toImportJobDto(ctx, await loadVisibleImportJob(ctx, actor, id));
}

export async function listVisibleImportJobs(ctx: AppContext, actor: Actor, page: number, pageSize: number) {
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
  return { items: await Promise.all(r.items.map((j) => toImportJobDto(ctx, j, false))), total: r.total, page, pageSize };
}
