import type { ImportJob } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { toImportJobDto } from '../import-job-dto';
import { loadVisibleImportJob } from '../import-scope';

/** A job's progress and its first row errors (the page polls it while the import runs). */
export async function getImportJob(ctx: AppContext, actor: Actor, id: string): Promise<ImportJob> {
  return toImportJobDto(ctx.db, await loadVisibleImportJob(ctx, actor, id));
}
