import type { ApiKey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound } from '../../errors';
import { recordChange } from '../../records/record-change';
import { type ApiKeyRow, findApiKey, revokeApiKey } from '../api-key.repository';
import { managedDepartment, toApiKeyDto } from '../steps/api-key-access';

export async function revokeDepartmentApiKey(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<ApiKey> {
  const dept = await managedDepartment(ctx, actor, undefined);
  const k = await findApiKey(ctx.db, actor.regionCode, id);
  if (!k || (dept !== null && k.departmentId !== dept) || (dept === null && !actor.roles.includes('admin'))) {
    throw notFound('接口密钥');
  }
  if (!k.revokedAt) {
    const now = ctx.now().toISOString();
    await ctx.db.transaction(async (tx) => {
      await revokeApiKey(tx, actor.regionCode, id, actor.userId, now);
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'api_key',
        aggregateId: id,
        type: 'api_key.revoked',
        fromState: 'active',
        toState: 'revoked',
        payload: { departmentId: k.departmentId, prefix: k.prefix },
      });
    });
  }
  return toApiKeyDto((await findApiKey(ctx.db, actor.regionCode, id)) as ApiKeyRow);
}
