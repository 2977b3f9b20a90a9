/**
 * An officer declares a conflict of interest with an entity (回避): random draws then leave them out for it
 * (常政办发〔2025〕5号 第十三项 双随机; 行政处罚法 第四十三条: 执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的,应当回避).
 */
import type { OfficerConflictInput } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, validationError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { entityExists } from '../inspection-entity.repository';
import { upsertConflict } from '../inspection-officer.repository';

export async function declareConflict(
  ctx: AppContext,
  actor: Actor,
  input: OfficerConflictInput,
  meta: RequestMeta,
): Promise<{ declared: true }> {
  if (!can(actor, 'inspection.plan')) {
    throw forbidden('只有执法人员可以申报回避');
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (!(await entityExists(tx, actor.regionCode, input.entityId))) {
      throw validationError([{ path: 'entityId', message: '市场主体不存在' }]);
    }
    await upsertConflict(tx, {
      regionCode: actor.regionCode,
      officerId: actor.userId,
      entityId: input.entityId,
      reason: input.reason,
      declaredAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'user',
      aggregateId: actor.userId,
      type: 'officer.conflict_declared',
      payload: { entityId: input.entityId, reason: input.reason },
    });
  });
  return { declared: true };
}
