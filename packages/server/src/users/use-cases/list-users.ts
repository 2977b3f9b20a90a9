import type { UserListQuery } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { listUsers } from '../../auth/user.repository';
import type { AppContext } from '../../context';
import { requireUserManager } from '../account-rules';
import { toUserDto } from '../user-dto';

/** The accounts of the administrator's region, a page at a time, optionally found by username or name. */
export async function listRegionUsers(ctx: AppContext, actor: Actor, q: UserListQuery) {
  requireUserManager(actor);
  const r = await listUsers(ctx.db, { regionCode: actor.regionCode, ...q });
  return { items: r.items.map(toUserDto), total: r.total, page: q.page, pageSize: q.pageSize };
}
