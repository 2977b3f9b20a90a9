/**
 * The records behind an indicator's figure (SPEC 保障措施: every number drills down to what is behind it): for the
 * 综合查一次 rate the visits its denominator counts (the joint ones its numerator), by the same count that keeps the
 * figure (`listJointRateVisits`). Out of scope (another department's figure for its staff, an unknown indicator): 404.
 */
import type { IndicatorRecordsQuery, JointRateVisit } from '@rouxing/contracts';
import { type Actor, indicatorByKey, periodRange } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound, validationError } from '../../errors';
import { listJointRateVisits } from '../../inspections/use-cases/list-joint-rate-visits';
import { JOINT_RATE_KEY } from '../maintain';

export async function listIndicatorRecords(
  ctx: AppContext,
  actor: Actor,
  key: string,
  q: IndicatorRecordsQuery,
): Promise<JointRateVisit[]> {
  const def = indicatorByKey(key);
  if (!def?.maintained || def.key !== JOINT_RATE_KEY) {
    throw notFound('指标');
  }
  const range = periodRange(q.period);
  if (!range) {
    throw validationError([{ path: 'period', message: '统计期间应为年份（YYYY）或月份（YYYY-MM）' }]);
  }
  return listJointRateVisits(ctx, actor, { from: range.from, to: range.to, departmentId: q.departmentId });
}
