import type { Readable } from 'node:stream';
import { actorOf } from '../../auth/authenticate';
import { findUserByUsername } from '../../auth/user.repository';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import type { ImportOutcome } from '../../imports/run-entity-import';
import { startDecisionImport } from '../use-cases/start-decision-import';

/** The decision import run to its end on behalf of a named account: the path the web page uses, for the benchmark. */
export async function importDecisionsFromFile(
  ctx: AppContext,
  username: string,
  fileName: string,
  stream: Readable,
): Promise<ImportOutcome & { jobId: string; evaluations: number }> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) {
    throw new AppError('NOT_FOUND', `账号 ${username} 不存在`);
  }
  const { job, done } = await startDecisionImport(ctx, actorOf(user), { fileName, stream }, { sourceIp: null, userAgent: 'rouxing-bench' });
  return { ...(await done), jobId: job.id };
}
