import type { CasePage, CaseQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { type CaseFilter, searchCases } from '../case.repository';
import { toSummary } from '../case-views';
import { isStaff } from '../scope';
import { today } from '../today';

/** The cases the actor sees: the party its own, staff their department's, the Judicial Bureau and oversight the region's. */
export async function listCases(ctx: AppContext, actor: Actor, q: CaseQuery): Promise<CasePage> {
  let scope: Pick<CaseFilter, 'departmentId' | 'partyUscc'> = {};
  if (can(actor, 'case.portal')) {
    scope = { partyUscc: actor.entityUscc };
  } else if (isStaff(actor)) {
    scope = { departmentId: actor.departmentId };
  } else if (!can(actor, 'case.read')) {
    throw forbidden('无权查看柔性执法案件');
  }
  const r = await searchCases(ctx.db, actor.regionCode, { ...q, ...scope });
  const t = today(ctx);
  return { items: r.rows.map((row) => toSummary(row, t)), total: r.total, page: q.page, pageSize: q.pageSize };
}
