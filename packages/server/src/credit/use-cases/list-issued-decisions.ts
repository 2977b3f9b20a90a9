import type { IssuedDecisionQuery } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listScope, requirePermission } from '../access';
import { issuedDecisionDto } from '../dto';
import { listIssuedDecisions } from '../issued-decision.repository';

/** The department's issued decisions, newest first (the Judicial Bureau: every department's). */
export async function listVisibleIssuedDecisions(ctx: AppContext, actor: Actor, q: IssuedDecisionQuery) {
  requirePermission(actor, 'issued_decision.read', '无权查看行政处罚决定');
  const scope = listScope(actor);
  if (scope === 'none') {
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const { rows, total } = await listIssuedDecisions(ctx.db, actor.regionCode, scope, q);
  return { items: rows.map((r) => issuedDecisionDto(r, ctx.fieldCrypto)), total, page: q.page, pageSize: q.pageSize };
}
