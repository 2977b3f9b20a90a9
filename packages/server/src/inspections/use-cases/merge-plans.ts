/**
 * Merges two plans into one joint inspection (综合查一次: 进一次门、查多项事, 常政办发〔2025〕5号 第十二项、第十五项):
 * a planner or approver of either department; both keep their approvals; they share a joint group and count
 * as one visit. Each plan's chain records the merge.
 */
import type { MergePlansBody } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { recountAfterPlanWrite } from '../../indicators/recount-after-commit';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { lockPlan } from '../inspection-plan.repository';
import { setJointGroup } from '../joint.repository';
import { mergeCandidatesOf } from '../merge-candidates';

export async function mergePlans(
  ctx: AppContext,
  actor: Actor,
  planId: string,
  body: MergePlansBody,
  meta: RequestMeta,
): Promise<{ jointGroupId: string }> {
  const otherId = body.otherPlanId;
  const candidate = (await mergeCandidatesOf(ctx.db, actor, planId)).find((c) => c.planId === otherId);
  if (!candidate) {
    throw new AppError(
      'INSPECTION.NOT_MERGEABLE',
      '这两个检查计划不能合并：须为不同部门对同一主体、期限相近、尚未实施的计划，且有“综合查一次”任务清单列明的可合并事项',
      [{ path: 'otherPlanId', message: '不是可合并的检查计划' }],
    );
  }
  const now = ctx.now().toISOString();
  const merged = await ctx.db.transaction(async (tx) => {
    const a = await lockPlan(tx, actor.regionCode, planId);
    const b = await lockPlan(tx, actor.regionCode, otherId);
    if (!a || !b) {
      throw notFound('检查计划');
    }
    if (!can(actor, 'inspection.plan') || (actor.departmentId !== a.departmentId && actor.departmentId !== b.departmentId)) {
      throw forbidden('只有参与部门的执法人员或负责人可以合并检查');
    }
    // A plan already in a joint group brings the other into it.
    const group = a.jointGroupId ?? b.jointGroupId ?? newId();
    await setJointGroup(tx, a.regionCode, [a.id, b.id], group);
    for (const [p, o] of [
      [a, b],
      [b, a],
    ] as const) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'inspection',
        aggregateId: p.id,
        type: 'inspection.merged',
        payload: {
          jointGroupId: group,
          with: o.id,
          withDepartment: o.departmentName,
          items: candidate.itemIds,
          otherItems: candidate.otherItemIds,
        },
      });
    }
    return { jointGroupId: group };
  });
  // Merged, the two are one visit: the 综合查一次 figures of their months change (issue 12 item 2), once committed.
  await recountAfterPlanWrite(ctx, actor.regionCode, [planId, otherId]);
  return merged;
}
