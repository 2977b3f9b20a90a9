import type { CloseSupervisionTask, ReturnSupervisionTask, SupervisionTaskDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { requirePermission } from '../access';
import { visibleTask } from '../steps/load-task';
import { takeSupervisionStep } from '../steps/take-step';
import { getSupervisionTask } from './get-task';

/**
 * The Judicial Bureau reviews the department's answer: closes the task (办结) or returns it with a reason
 * (退回), after which the department answers again. The deadline stays as it was set.
 */
export async function reviewSupervisionAnswer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  decision: { action: 'close'; body: CloseSupervisionTask } | { action: 'return'; body: ReturnSupervisionTask },
  meta: RequestMeta,
): Promise<SupervisionTaskDetail> {
  requirePermission(actor, 'supervision.manage', '只有司法局可以办结或退回督导事项');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const task = await visibleTask(tx, actor, id, true);
    const payload = decision.action === 'close' ? { note: decision.body.note ?? null } : { reason: decision.body.reason };
    await takeSupervisionStep(tx, actor, meta, now, task, decision.action, payload);
  });
  return getSupervisionTask(ctx, actor, id);
}
