/** List versions (不予处罚清单), searched and paged, each with the status shown today. */
import type { NoPenaltyListQuery } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { requireRulesRead } from '../../access';
import { listDto } from '../../dto';
import { searchLists } from '../../no-penalty-list.repository';

export async function listNoPenaltyLists(ctx: AppContext, actor: Actor, q: NoPenaltyListQuery) {
  requireRulesRead(actor);
  const r = await searchLists(ctx.db, actor.regionCode, q);
  const today = shanghaiToday(ctx.now());
  return { items: r.items.map((row) => listDto(row, today)), total: r.total, page: q.page, pageSize: q.pageSize };
}
