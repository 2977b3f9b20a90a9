/** The working days departments have to decide an objection (异议申诉), set by the Judicial Bureau. */
import type { ObjectionSettings } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { objectionWorkingDays, saveObjectionWorkingDays } from '../credit-record.repository';

export async function getObjectionSettings(ctx: AppContext, actor: Actor): Promise<ObjectionSettings> {
  return { workingDays: await objectionWorkingDays(ctx.db, actor.regionCode) };
}

export async function setObjectionSettings(
  ctx: AppContext,
  actor: Actor,
  body: ObjectionSettings,
  meta: RequestMeta,
): Promise<ObjectionSettings> {
  requirePermission(actor, 'credit.configure', '只有司法局可以设置异议处理期限');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const before = await objectionWorkingDays(tx, actor.regionCode);
    await saveObjectionWorkingDays(tx, actor.regionCode, body.workingDays, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'objection_settings',
      aggregateId: actor.regionCode,
      type: 'objection_settings.changed',
      payload: { from: before, to: body.workingDays },
    });
  });
  return body;
}
