/**
 * The plans another department has for the same entity that could join a plan in one joint visit (综合查一次,
 * 常政办发〔2025〕5号 第十五项: 出台"综合查一次"联合执法检查任务清单,减少多头检查、重复检查现象), as the domain's
 * `mergeCandidates` finds them against the Judicial Bureau's task list.
 */
import { type Actor, can, type MergeCandidate, mergeCandidates } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { notFound } from '../errors';
import { entityIndustryCode } from './inspection-entity.repository';
import { jointTaskList, plansForMerge } from './joint.repository';
import { visiblePlan } from './plan-scope';

export async function mergeCandidatesOf(db: Queryable, actor: Actor, planId: string): Promise<MergeCandidate[]> {
  if (!can(actor, 'inspection.read')) {
    throw notFound('检查计划');
  }
  // The plan within the actor's scope, as GET /inspections/{id} sees it (another department's plan: 404).
  const plan = await visiblePlan(db, actor, planId);
  const industryCode = await entityIndustryCode(db, plan.regionCode, plan.entityId);
  const all = await plansForMerge(db, plan.regionCode, plan.entityId);
  const me = all.find((p) => p.id === planId);
  if (!me) {
    return [];
  }
  return mergeCandidates({ ...me, entityIndustryCode: industryCode }, all, await jointTaskList(db, plan.regionCode));
}
