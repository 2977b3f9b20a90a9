/**
 * The Judicial Bureau keeps the 综合查一次 task list and the trigger rules (常政办发〔2025〕5号 第十五项: 司法局…出台"综合查一次"
 * 联合执法检查任务清单): an account holding `inspection.task_list.manage` in a department of kind `judicial`.
 * Shared steps of the task-list and trigger-rule use cases, and the items they may name.
 */
import type { InspectionItem } from '@rouxing/contracts';
import { type Actor, can, neverMergedReason } from '@rouxing/domain';
import type { AppContext } from '../context';
import { findDepartment } from '../departments/department.repository';
import { forbidden, refused } from '../errors';
import { findInspectionItems } from '../inspections/inspection-item.repository';

export async function requireJudicialBureau(ctx: AppContext, actor: Actor): Promise<void> {
  if (!can(actor, 'inspection.task_list.manage')) {
    throw forbidden('“综合查一次”任务清单和触发规则由司法局维护');
  }
  const dept = actor.departmentId ? await findDepartment(ctx.db, actor.regionCode, actor.departmentId) : null;
  if (dept?.kind !== 'judicial') {
    throw refused(
      'TASK_LIST.NOT_JUDICIAL',
      '“综合查一次”任务清单和触发规则由司法局维护（常政办发〔2025〕5号 第十五项）；请将账号归入司法局',
      'departmentId',
    );
  }
}

/** A published item of the region, or a 422 naming `itemId`. */
export async function requirePublishedItem(ctx: AppContext, actor: Actor, itemId: string): Promise<InspectionItem> {
  const item = (await findInspectionItems(ctx.db, actor.regionCode, [itemId]))[0];
  if (!item?.published) {
    throw refused('TASK_LIST.ITEM_NOT_PUBLISHED', '检查事项不存在或尚未公布，不得列入任务清单或触发规则', 'itemId');
  }
  return item;
}

/** An item the task list may carry: published, mergeable, and never of the safety-production or fire field. */
export async function requireMergeableItem(ctx: AppContext, actor: Actor, itemId: string): Promise<InspectionItem> {
  const item = await requirePublishedItem(ctx, actor, itemId);
  const never = neverMergedReason(item.category);
  if (never || !item.mergeable) {
    const field = never === 'fire' ? '消防' : never === 'safety_production' ? '安全生产' : '不可合并';
    throw refused(
      'TASK_LIST.ITEM_NOT_MERGEABLE',
      `“${item.name}”属于${field}事项，不得列入“综合查一次”任务清单（常政办发〔2025〕5号 第四项：除安全生产、消防领域外）`,
      'itemId',
    );
  }
  return item;
}
