import { type Actor, canSeeDepartmentRecord } from '@rouxing/domain';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { findImportJob, type ImportJobRow } from './import-job.repository';

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
