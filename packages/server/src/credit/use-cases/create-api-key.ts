import { randomBytes } from 'node:crypto';
import type { ApiKeyCreated, CreateApiKey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { type ApiKeyRow, findApiKey, insertApiKey } from '../api-key.repository';
import { apiKeyHash, managedDepartment, toApiKeyDto } from '../steps/api-key-access';

/** A new key, shown once: `rxk_<行政区划代码>_<43 characters>`; stored as its SHA-256, the creation audited. */
export async function createApiKey(ctx: AppContext, actor: Actor, body: CreateApiKey, meta: RequestMeta): Promise<ApiKeyCreated> {
  const dept = await managedDepartment(ctx, actor, body.departmentId);
  if (!dept) {
    throw new AppError('VALIDATION', 'departmentId：请选择部门', [{ path: 'departmentId', message: '请选择部门' }]);
  }
  const key = `rxk_${actor.regionCode}_${randomBytes(32).toString('base64url')}`;
  const id = newId();
  const now = ctx.now().toISOString();
  const prefix = key.slice(0, 18);
  await ctx.db.transaction(async (tx) => {
    await insertApiKey(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId: dept,
      label: body.label,
      prefix,
      keyHash: apiKeyHash(key),
      createdBy: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'api_key',
      aggregateId: id,
      type: 'api_key.created',
      toState: 'active',
      payload: { departmentId: dept, label: body.label, prefix },
    });
  });
  return { ...toApiKeyDto((await findApiKey(ctx.db, actor.regionCode, id)) as ApiKeyRow), key };
}
