/**
 * Repeated inspections (常政办发〔2025〕5号 第四项、第十五项): plans of different departments for the same entity whose windows
 * are close are proposed for merging into one joint inspection (综合查一次) — item by item, as far as the
 * Judicial Bureau's task list for the entity's industry allows.
 */
import type { PlanStatus } from '@rouxing/contracts';
import { dayNumber } from '../dates/calendar';
import { DEFAULT_FREQUENCY_CONFIG, type FrequencyConfig } from './frequency';
import type { ItemCategory } from './types';

/** An item of a plan, with its field. */
export interface PlanItem {
  id: string;
  category: ItemCategory;
}

/** A plan as the merge check reads it. */
export interface PlanForMerge {
  id: string;
  entityId: string;
  departmentId: string;
  departmentName?: string;
  status: PlanStatus;
  /** `YYYY-MM-DD`, both ends inclusive. */
  windowFrom: string;
  windowTo: string;
  jointGroupId: string | null;
  items: readonly PlanItem[];
}

/**
 * 综合查一次任务清单 (policy 常政办发〔2025〕5号 第十五项): per industry, the items that may be checked in one joint visit. An entry
 * applies to every GB/T 4754 code it prefixes (`H62` covers `H6210`); where several apply, their items add up.
 */
export interface JointInspectionTaskList {
  entries: readonly { industryCode: string; itemIds: readonly string[] }[];
}

/** Why an item stays in its own visit. */
export type KeptSeparateReason = 'safety_production' | 'fire' | 'not_on_task_list';

export interface MergeCandidate {
  /** The other plan. */
  planId: string;
  departmentId: string;
  departmentName?: string;
  /** Days between the windows; 0 when they overlap. */
  gapDays: number;
  /** Both windows' common days, where they overlap. */
  commonWindow: { from: string; to: string } | null;
  /** Items of the plan under check that may go into the joint inspection. */
  itemIds: string[];
  /** Items of the other plan that may go into it. */
  otherItemIds: string[];
  /** Items of either plan that stay in a visit of their own, and why. */
  keptSeparate: { planId: string; itemId: string; reason: KeptSeparateReason }[];
}

/** Plans not yet visited: the only ones that can still be merged. */
const OPEN: ReadonlySet<PlanStatus> = new Set(['pending_approval', 'approved']);

/** The item ids the task list allows for an industry (the union of every entry whose code prefixes it). */
export function mergeableItemIds(taskList: JointInspectionTaskList, industryCode: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of taskList.entries) {
    if (entry.industryCode.length > 0 && industryCode.startsWith(entry.industryCode)) {
      for (const id of entry.itemIds) {
        ids.add(id);
      }
    }
  }
  return ids;
}

/**
 * The other departments' open plans for the same entity with windows at most `config.mergeWindowDays` days
 * apart and mergeable items on both sides, nearest first. Plans already in the same joint inspection, and
 * plans checked in, completed, refused or cancelled, are not candidates.
 */
export function mergeCandidates(
  plan: PlanForMerge & { entityIndustryCode: string },
  otherPlans: readonly PlanForMerge[],
  taskList: JointInspectionTaskList,
  config: FrequencyConfig = DEFAULT_FREQUENCY_CONFIG,
): MergeCandidate[] {
  const allowed = mergeableItemIds(taskList, plan.entityIndustryCode);
  const own = splitItems(plan, allowed);
  if (own.mergeable.length === 0) {
    return [];
  }
  const from = dayNumber(plan.windowFrom);
  const to = dayNumber(plan.windowTo);
  const candidates: MergeCandidate[] = [];
  for (const other of otherPlans) {
    if (
      other.id === plan.id ||
      other.entityId !== plan.entityId ||
      other.departmentId === plan.departmentId ||
      !OPEN.has(other.status) ||
      (plan.jointGroupId !== null && other.jointGroupId === plan.jointGroupId)
    ) {
      continue;
    }
    const otherFrom = dayNumber(other.windowFrom);
    const otherTo = dayNumber(other.windowTo);
    const gapDays = Math.max(0, Math.max(from, otherFrom) - Math.min(to, otherTo));
    if (gapDays > config.mergeWindowDays) {
      continue;
    }
    const theirs = splitItems(other, allowed);
    if (theirs.mergeable.length === 0) {
      continue;
    }
    const overlapFrom = from > otherFrom ? plan.windowFrom : other.windowFrom;
    const overlapTo = to < otherTo ? plan.windowTo : other.windowTo;
    candidates.push({
      planId: other.id,
      departmentId: other.departmentId,
      ...(other.departmentName === undefined ? {} : { departmentName: other.departmentName }),
      gapDays,
      commonWindow: overlapFrom <= overlapTo ? { from: overlapFrom, to: overlapTo } : null,
      itemIds: own.mergeable,
      otherItemIds: theirs.mergeable,
      keptSeparate: [...own.kept, ...theirs.kept],
    });
  }
  return candidates.sort((a, b) => a.gapDays - b.gapDays || (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0));
}

/**
 * Why an item can never join a joint inspection, whatever the task list says, or null: 常政办发〔2025〕5号 第四项 —
 * 除安全生产、消防领域外 (the task list itself refuses such items).
 */
export function neverMergedReason(category: ItemCategory): 'safety_production' | 'fire' | null {
  return category === 'general' ? null : category;
}

function splitItems(plan: PlanForMerge, allowed: ReadonlySet<string>) {
  const mergeable: string[] = [];
  const kept: MergeCandidate['keptSeparate'] = [];
  // 常政办发〔2025〕5号 第四项: 纵深推进跨部门"综合查一次"联合执法机制,拓展应用场景,规范工作流程,除安全生产、消防领域外,
  // 在食品、药品、餐饮领域先行先试 — safety-production and fire items are never merged, whatever the task list says.
  // 常政办发〔2025〕5号 第十五项: 根据监管行业类别梳理可合并执法检查事项,出台"综合查一次"联合执法检查任务清单 — and only listed items merge.
  for (const item of plan.items) {
    const never = neverMergedReason(item.category);
    if (never) {
      kept.push({ planId: plan.id, itemId: item.id, reason: never });
    } else if (!allowed.has(item.id)) {
      kept.push({ planId: plan.id, itemId: item.id, reason: 'not_on_task_list' });
    } else {
      mergeable.push(item.id);
    }
  }
  return { mergeable, kept };
}
