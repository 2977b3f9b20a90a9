import type { Assessment, SaveAssessmentWeights } from '@rouxing/contracts';
import { type Actor, checkAssessmentWeights } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { validationError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requireAssessmentManager } from '../access';
import { replaceAssessmentWeights } from '../assessment.repository';
import { computeAssessment } from '../compute';

/**
 * The Judicial Bureau sets a year's weights and targets (常政办发〔2025〕5号 保障措施（二）: 切实发挥考核指挥棒作用): only
 * counted indicators, integer weights summing to 100 — else 422 naming the field, nothing written. Audited.
 */
export async function saveAssessmentWeights(
  ctx: AppContext,
  actor: Actor,
  year: number,
  body: SaveAssessmentWeights,
  meta: RequestMeta,
): Promise<Assessment> {
  requireAssessmentManager(actor);
  const problems = checkAssessmentWeights(body.weights);
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await replaceAssessmentWeights(tx, actor.regionCode, year, body.weights, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'assessment',
      aggregateId: String(year),
      type: 'assessment.weights_set',
      payload: { year, weights: body.weights },
    });
  });
  return computeAssessment(ctx.db, actor.regionCode, year, null);
}
