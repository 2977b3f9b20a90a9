/** Plans as the API gives them: with their items and officers; the enterprise's rating only for the Judicial Bureau. */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import type { PlanRow } from './inspection-plan.repository';
import { type RatingView, ratingsOfPlans } from './inspection-rating.repository';
import { itemsOfPlans, officersOfPlans, type PlanItemView, type PlanOfficerView } from './plan-details.repository';

/**
 * 紧急检查 late with its back-filled approval (常政办发〔2025〕5号 第十五项: 公务入企审批): approved after the day, or not yet
 * approved and the day (`today`, Asia/Shanghai) is past.
 */
export function backfillLate(row: Pick<PlanRow, 'emergency' | 'backfillDueOn' | 'approvedAt'>, today: string): boolean {
  if (!row.emergency || !row.backfillDueOn) {
    return false;
  }
  const approvedOn = row.approvedAt ? shanghaiToday(new Date(row.approvedAt)) : null;
  return (approvedOn ?? today) > row.backfillDueOn;
}

/**
 * Two queries for the whole page (three for the Judicial Bureau); `today` dates the back-fill flag. `known`: the plans'
 * officers and items already read (by a step, with the plan's lock), by plan id — not read again.
 */
export async function planDtos(
  db: Queryable,
  actor: Actor,
  rows: PlanRow[],
  today: string,
  known: { officers?: Map<string, PlanOfficerView[]>; items?: Map<string, PlanItemView[]> } = {},
): Promise<InspectionPlan[]> {
  const ids = rows.map((r) => r.id);
  const [items, officers] = await Promise.all([
    known.items ?? itemsOfPlans(db, actor.regionCode, ids),
    known.officers ?? officersOfPlans(db, actor.regionCode, ids),
  ]);
  // Ratings are anonymous to the inspecting department: only the Judicial Bureau reads them.
  const ratings = can(actor, 'inspection.rating.read') ? await ratingsOfPlans(db, actor.regionCode, ids) : new Map<string, RatingView>();
  return rows.map((row) => ({
    ...row,
    backfillLate: backfillLate(row, today),
    items: items.get(row.id) ?? [],
    officers: officers.get(row.id) ?? [],
    rating: ratings.get(row.id) ?? null,
  }));
}

/** One plan as the API gives it (`known`: its officers and items already read). */
export async function planDto(
  db: Queryable,
  actor: Actor,
  row: PlanRow,
  today: string,
  known: { officers?: PlanOfficerView[]; items?: PlanItemView[] } = {},
): Promise<InspectionPlan> {
  const officers = known.officers ? new Map([[row.id, known.officers]]) : undefined;
  const items = known.items ? new Map([[row.id, known.items]]) : undefined;
  return (await planDtos(db, actor, [row], today, { officers, items }))[0] as InspectionPlan;
}
