import type { Readable } from 'node:stream';
import { actorOf } from '../auth/authenticate';
import { findUserByUsername } from '../auth/user.repository';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { ImportOutcome } from './run-entity-import';
import { startEntityImport } from './use-cases/start-entity-import';

/**
 * The registry import run to its end on behalf of a named account: the path the web page uses,
 * for the command line and the benchmark.
 */
export async function importEntitiesFromFile(
  ctx: AppContext,
  username: string,
  fileName: string,
  stream: Readable,
): Promise<ImportOutcome & { jobId: string }> {
  const user = await findUserByUsername(ctx.db, username);
  if (!user) {
    throw new AppError('NOT_FOUND', `账号 ${username} 不存在`);
  }
  const { job, done } = await startEntityImport(ctx, actorOf(user), { fileName, stream }, { sourceIp: null, userAgent: 'rouxing-cli' });
  return { ...(await done), jobId: job.id };
}
