import type { CorrectionItemQuery } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listScope, requirePermission } from '../access';
import { listCorrectionItems } from '../correction-item.repository';
import { correctionItemDto } from '../dto';

/**
 * Correction items (纠正"小案重罚", 常政办发〔2025〕5号 第十五项), soonest deadline first: the department's own, or
 * the region's for the Judicial Bureau — `?status=open&overdue=true` is its supervision query.
 */
export async function listVisibleCorrectionItems(ctx: AppContext, actor: Actor, q: CorrectionItemQuery) {
  requirePermission(actor, 'issued_decision.read', '无权查看纠正事项');
  const scope = listScope(actor);
  if (scope === 'none') {
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const today = shanghaiToday(ctx.now());
  const { rows, total } = await listCorrectionItems(ctx.db, actor.regionCode, scope, q, today);
  return { items: rows.map((r) => correctionItemDto(r, today)), total, page: q.page, pageSize: q.pageSize };
}
