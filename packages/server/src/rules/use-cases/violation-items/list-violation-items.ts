/** The violation catalogue (违法行为事项), searched and paged: read by every enforcement role. */
import type { ViolationItemQuery } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { requireRulesRead } from '../../access';
import { searchViolationItems } from '../../violation-item.repository';

export async function listViolationItems(ctx: AppContext, actor: Actor, q: ViolationItemQuery) {
  requireRulesRead(actor);
  const r = await searchViolationItems(ctx.db, actor.regionCode, q);
  return { ...r, page: q.page, pageSize: q.pageSize };
}
