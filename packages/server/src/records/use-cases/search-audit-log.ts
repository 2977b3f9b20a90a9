import type { AuditQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { searchAudit } from '../audit.repository';

/** The audit log of the caller's region, for the audit administrator only (等保2.0 三权分立). */
export async function searchAuditLog(ctx: AppContext, actor: Actor, q: AuditQuery) {
  if (!can(actor, 'audit.read')) {
    throw forbidden('只有审计管理员可以查看审计日志');
  }
  const r = await searchAudit(ctx.db, { regionCode: actor.regionCode, ...q });
  return { items: r.items, total: r.total, page: q.page, pageSize: q.pageSize };
}
