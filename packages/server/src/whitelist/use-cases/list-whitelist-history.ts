/** The history of a whitelist entry: every change, who made it, when and why (常政办发〔2025〕5号 第十二项: 动态优化调整). */
import type { WhitelistHistoryRow } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findEntry, historyOf } from '../whitelist.repository';

export async function listWhitelistHistory(ctx: AppContext, actor: Actor, id: string): Promise<WhitelistHistoryRow[]> {
  const entry = can(actor, 'whitelist.read') ? await findEntry(ctx.db, actor.regionCode, id) : null;
  if (!entry) {
    throw notFound('白名单条目');
  }
  return historyOf(ctx.db, actor.regionCode, id);
}
