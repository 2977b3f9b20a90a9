/** The whitelist register of the region: every department reads all of it (常政办发〔2025〕5号 第十二项: the cap binds them all). */
import type { WhitelistEntry, WhitelistListQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listEntries } from '../whitelist.repository';

export async function listWhitelistEntries(
  ctx: AppContext,
  actor: Actor,
  q: WhitelistListQuery,
): Promise<{ items: WhitelistEntry[]; total: number; page: number; pageSize: number }> {
  if (!can(actor, 'whitelist.read')) {
    throw forbidden('无权查看白名单');
  }
  const r = await listEntries(ctx.db, actor.regionCode, q);
  return { ...r, page: q.page, pageSize: q.pageSize };
}
