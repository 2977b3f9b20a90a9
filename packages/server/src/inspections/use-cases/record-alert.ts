/**
 * A monitoring system (an authenticated account) posts an alert about an entity and a non-key item; it may
 * start or join a triggered inspection task (常政办发〔2025〕5号 第四项 触发式监管). The account's posting is
 * recorded on the signal's chain and in the audit log.
 */
import type { SignalInput, SignalRecorded } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import { recordChange } from '../../records/record-change';
import { recordSignal } from '../signals';

export async function recordAlert(ctx: AppContext, actor: Actor, input: SignalInput, meta: RequestMeta): Promise<SignalRecorded> {
  if (!can(actor, 'inspection.plan')) {
    throw forbidden('无权推送监测预警');
  }
  const r = await recordSignal(ctx, actor.regionCode, 'monitoring', input, [], { id: actor.userId, name: actor.displayName });
  await recordChange(ctx.db, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'signal',
    aggregateId: r.signalId,
    type: 'signal.alert_posted',
    payload: { taskId: r.taskId },
  });
  return r;
}
