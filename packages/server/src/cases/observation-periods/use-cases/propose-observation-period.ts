import type { ObservationPeriodInput, ObservationPeriodRef } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { refuseIfDisciplined } from '../../../credit/steps/discipline';
import { AppError, forbidden, validationError } from '../../../errors';
import { newId } from '../../../records/ids';
import { recordChange } from '../../../records/record-change';
import { isStaff } from '../../scope';
import { entityForObservation, insertObservationPeriod } from '../observation-period.repository';

/** The longest period the platform accepts (the policy sets none; two years, longer needs a new approval). */
export const MAX_OBSERVATION_DAYS = 730;

/**
 * 常政办发〔2025〕5号 第十四项: 对符合国家和地方政策导向的新业态新模式市场主体 … 设定"观察期" — a department proposes one for a new business
 * form of the region; a reviewer decides.
 */
export async function proposeObservationPeriod(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: ObservationPeriodInput,
): Promise<ObservationPeriodRef> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('观察期须由执法部门提出');
  }
  const departmentId = actor.departmentId;
  const entity = await entityForObservation(ctx.db, actor.regionCode, input.entityId);
  if (!entity) {
    throw validationError([{ path: 'entityId', message: '市场主体不存在或不在本辖区' }]);
  }
  if (!entity.newBusinessForm) {
    throw new AppError('OBSERVATION.NOT_NEW_BUSINESS_FORM', '只有新业态、新模式的市场主体才能设定观察期（常政办发〔2025〕5号 第十四项）', [
      { path: 'entityId', message: '该市场主体未登记为新业态新模式' },
    ]);
  }
  // 常政办发〔2025〕5号 第十四项 with 常政办发〔2025〕5号 第十三项 (失信联合惩戒): not for an entity with a serious dishonesty record (credit grade D).
  if (entity.creditGrade === 'D') {
    throw new AppError('OBSERVATION.SERIOUS_DISHONESTY', '存在严重失信记录的市场主体不能设定观察期', [
      { path: 'entityId', message: '信用等级为D（严重失信）' },
    ]);
  }
  const days = (Date.parse(input.endOn) - Date.parse(input.startOn)) / 86_400_000;
  if (Number.isNaN(days) || days > MAX_OBSERVATION_DAYS) {
    throw validationError([{ path: 'endOn', message: `观察期最长${MAX_OBSERVATION_DAYS}日` }]);
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    // 联合惩戒 (常政办发〔2025〕5号 第十三项、第十四项): a serious record in publicity stops it, the refusal naming the record.
    await refuseIfDisciplined(tx, actor.regionCode, entity.id, 'observation_period');
    await insertObservationPeriod(tx, {
      regionCode: actor.regionCode,
      id,
      entityId: entity.id,
      departmentId,
      startOn: input.startOn,
      endOn: input.endOn,
      reason: input.reason,
      proposedBy: actor.userId,
      proposedByName: actor.displayName,
      createdAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'observation_period',
      aggregateId: id,
      type: 'observation_period.proposed',
      toState: 'pending',
      payload: { entityId: entity.id, startOn: input.startOn, endOn: input.endOn, reason: input.reason },
    });
  });
  return { id };
}
