import type { Assessment, CreateAssessmentAdjustment } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { findDepartment } from '../../departments/department.repository';
import { validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireAssessmentManager } from '../access';
import { insertAssessmentAdjustment } from '../assessment.repository';
import { computeAssessment } from '../compute';

/**
 * The Judicial Bureau adds to or deducts from a department's yearly score with its reason (常政办发〔2025〕5号
 * 保障措施（二）: 对柔性执法落实不力的，要查清问题和原因): kept as a row and audited; never edited (a correction is another
 * adjustment).
 */
export async function recordAssessmentAdjustment(
  ctx: AppContext,
  actor: Actor,
  year: number,
  body: CreateAssessmentAdjustment,
  meta: RequestMeta,
): Promise<Assessment> {
  requireAssessmentManager(actor);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const department = await findDepartment(tx, actor.regionCode, body.departmentId);
    if (department?.kind !== 'enforcement') {
      throw validationError([{ path: 'departmentId', message: '考评对象应为本地区的执法部门' }]);
    }
    const id = newId();
    await insertAssessmentAdjustment(tx, actor.regionCode, {
      id,
      year,
      departmentId: body.departmentId,
      points: body.points,
      reason: body.reason,
      createdAt: now,
      createdBy: actor.userId,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'assessment',
      aggregateId: String(year),
      type: 'assessment.adjustment_recorded',
      payload: {
        year,
        adjustmentId: id,
        departmentId: body.departmentId,
        departmentName: department.name,
        points: body.points,
        reason: body.reason,
      },
    });
  });
  return computeAssessment(ctx.db, actor.regionCode, year, null);
}
