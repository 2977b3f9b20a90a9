/** SQL of the enterprises' ratings of inspections (anonymous to the department; the Judicial Bureau reads them). */
import type { InspectionRatingInput } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export type RatingView = { conduct: number; etiquette: number; disruption: number; comment: string; ratedAt: string };

/** The ratings of several plans in one query, by plan id. */
export async function ratingsOfPlans(db: Queryable, regionCode: string, planIds: readonly string[]): Promise<Map<string, RatingView>> {
  const r = await db.query<RatingView & { planId: string }>(
    `SELECT plan_id AS "planId", conduct, etiquette, disruption, comment, rated_at AS "ratedAt"
     FROM inspection_ratings WHERE region_code = $1 AND plan_id = ANY($2::uuid[])`,
    [regionCode, [...planIds]],
  );
  return new Map(r.rows.map(({ planId, ...rating }) => [planId, rating]));
}

/** Stores the rating of a plan; false when the plan was rated already (one rating per plan). */
export async function insertRating(
  tx: Queryable,
  regionCode: string,
  planId: string,
  rating: InspectionRatingInput,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO inspection_ratings (region_code, plan_id, conduct, etiquette, disruption, comment, rated_at) VALUES ($1,$2,$3,$4,$5,$6,$7)
     ON CONFLICT DO NOTHING`,
    [regionCode, planId, rating.conduct, rating.etiquette, rating.disruption, rating.comment, now],
  );
  return r.rowCount > 0;
}
