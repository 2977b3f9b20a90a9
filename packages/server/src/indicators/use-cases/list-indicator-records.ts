/**
 * The records behind an indicator's figure (SPEC 保障措施: every number drills down to what is behind it): for the
 * 综合查一次 rate the visits its denominator counts (the joint ones its numerator), by the same count that keeps the
 * figure (`listJointRateVisits`); for 不予处罚决定 the decisions, for 业务培训学时 the sessions, by the same conditions as
 * their monthly recount. Out of scope (another department's figure for its staff, an unknown indicator): 404.
 */
import type { IndicatorRecordsQuery, IndicatorSourceRecord, JointRateVisit } from '@rouxing/contracts';
import { type Actor, can, indicatorByKey, periodRange } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden, notFound, validationError } from '../../errors';
import { seesEveryDepartment } from '../../inspections/joint-rate';
import { listJointRateVisits } from '../../inspections/use-cases/list-joint-rate-visits';
import { noPenaltyRecords, trainingRecords } from '../indicator-sources.repository';
import { JOINT_RATE_KEY, NO_PENALTY_KEY, TRAINING_HOURS_KEY } from '../maintain';

export async function listIndicatorRecords(
  ctx: AppContext,
  actor: Actor,
  key: string,
  q: IndicatorRecordsQuery,
): Promise<JointRateVisit[] | IndicatorSourceRecord[]> {
  const def = indicatorByKey(key);
  if (!def?.maintained) {
    throw notFound('指标');
  }
  const range = periodRange(q.period);
  if (!range) {
    throw validationError([{ path: 'period', message: '统计期间应为年份（YYYY）或月份（YYYY-MM）' }]);
  }
  if (def.key === JOINT_RATE_KEY) {
    return listJointRateVisits(ctx, actor, { from: range.from, to: range.to, departmentId: q.departmentId });
  }
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看督导考评指标');
  }
  // A department's staff: their own department's records only (another's figure is out of scope).
  const departmentId = seesEveryDepartment(actor) ? (q.departmentId ?? null) : actor.departmentId;
  if (!departmentId && !seesEveryDepartment(actor)) {
    throw notFound('指标');
  }
  if (q.departmentId && departmentId !== q.departmentId) {
    throw notFound('指标');
  }
  if (def.key === NO_PENALTY_KEY) {
    return noPenaltyRecords(ctx.db, actor.regionCode, range, departmentId);
  }
  if (def.key === TRAINING_HOURS_KEY) {
    return trainingRecords(ctx.db, actor.regionCode, range, departmentId);
  }
  throw notFound('指标');
}
