import type { ObservationPeriodRef } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError, notFound } from '../../../errors';
import { recordChange } from '../../../records/record-change';
import { requireReviewer } from '../../scope';
import { today } from '../../today';
import { decideObservationPeriodRow, lockObservationPeriod, refreshObservationFlag } from '../observation-period.repository';

/** A reviewer of the proposing department, not the proposer, approves or refuses; approval marks the entity (常政办发〔2025〕5号 第十四项). */
export async function decideObservationPeriod(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  approve: boolean,
): Promise<ObservationPeriodRef> {
  const departmentId = requireReviewer(actor, '观察期审批');
  await ctx.db.transaction(async (tx) => {
    const p = await lockObservationPeriod(tx, actor.regionCode, id);
    if (!p || p.departmentId !== departmentId) {
      throw notFound('观察期');
    }
    if (p.status !== 'pending') {
      throw new AppError('OBSERVATION.DECIDED', '该观察期已经审批', [{ path: 'status', message: '已审批' }]);
    }
    // Four eyes, as for cases: the approval is someone else's.
    if (p.proposedBy === actor.userId) {
      throw new AppError('OBSERVATION.OWN_PROPOSAL', '提出人不能审批自己提出的观察期，请由其他法制审核人员审批', [
        { path: 'approvedBy', message: '须由他人审批' },
      ]);
    }
    const now = ctx.now().toISOString();
    const status = approve ? 'approved' : 'refused';
    await decideObservationPeriodRow(tx, actor.regionCode, id, {
      status,
      approvedBy: actor.userId,
      approvedByName: actor.displayName,
      decidedAt: now,
    });
    await refreshObservationFlag(tx, actor.regionCode, p.entityId, today(ctx));
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'observation_period',
      aggregateId: id,
      type: `observation_period.${status}`,
      fromState: 'pending',
      toState: status,
      payload: { entityId: p.entityId, startOn: p.startOn, endOn: p.endOn },
    });
  });
  return { id };
}
