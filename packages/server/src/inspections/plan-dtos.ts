/** Plans as the API gives them: with their items and officers; the enterprise's rating only for the Judicial Bureau. */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import type { PlanRow } from './inspection-plan.repository';
import { type RatingView, ratingsOfPlans } from './inspection-rating.repository';
import { itemsOfPlans, officersOfPlans } from './plan-details.repository';

/** Two queries for the whole page (three for the Judicial Bureau). */
export async function planDtos(db: Queryable, actor: Actor, rows: PlanRow[]): Promise<InspectionPlan[]> {
  const ids = rows.map((r) => r.id);
  const [items, officers] = await Promise.all([itemsOfPlans(db, actor.regionCode, ids), officersOfPlans(db, actor.regionCode, ids)]);
  // Ratings are anonymous to the inspecting department: only the Judicial Bureau reads them.
  const ratings = can(actor, 'inspection.rating.read') ? await ratingsOfPlans(db, actor.regionCode, ids) : new Map<string, RatingView>();
  return rows.map((row) => ({
    ...row,
    items: items.get(row.id) ?? [],
    officers: officers.get(row.id) ?? [],
    rating: ratings.get(row.id) ?? null,
  }));
}

/** One plan as the API gives it. */
export async function planDto(db: Queryable, actor: Actor, row: PlanRow): Promise<InspectionPlan> {
  return (await planDtos(db, actor, [row]))[0] as InspectionPlan;
}
