/**
 * An entity's credit grade with its history, its risk level and its cell of the matrix (常政办发〔2025〕5号 第十三项):
 * every department reads it (the banner of 联合惩戒 names serious records in publicity); the Judicial Bureau
 * sets a grade with its basis — the entity's tag changes and the history keeps every grade, in one transaction.
 */
import { CreditGradeSetSchema, type CreditProfile } from '@rouxing/contracts';
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { findEntity } from '../../entities/entity.repository';
import { forbidden, notFound } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { gradeHistory, setEntityGrade } from '../credit-matrix.repository';
import { entityCell } from '../steps/entity-cell';

export async function getCreditProfile(ctx: AppContext, actor: Actor, entityId: string): Promise<CreditProfile> {
  if (!can(actor, 'entity.read')) {
    throw forbidden('无权查看主体的信用信息');
  }
  const c = await entityCell(ctx.db, actor.regionCode, entityId, shanghaiToday(ctx.now()));
  const history = await gradeHistory(ctx.db, actor.regionCode, entityId);
  return { entityId, ...c, history };
}

export async function setCreditGrade(
  ctx: AppContext,
  actor: Actor,
  entityId: string,
  body: unknown,
  meta: RequestMeta,
): Promise<CreditProfile> {
  if (!can(actor, 'credit.configure')) {
    throw forbidden('只有司法局可以评定主体的信用等级');
  }
  const input = CreditGradeSetSchema.parse(body);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const e = await findEntity(tx, actor.regionCode, entityId);
    if (!e) {
      throw notFound('市场主体');
    }
    await setEntityGrade(tx, {
      regionCode: actor.regionCode,
      id: newId(),
      entityId,
      grade: input.grade,
      source: 'manual',
      reason: input.reason,
      userId: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'entity',
      aggregateId: entityId,
      type: 'entity.credit_grade_set',
      fromState: e.creditGrade,
      toState: input.grade,
      payload: { grade: input.grade, previous: e.creditGrade, reason: input.reason },
    });
  });
  return getCreditProfile(ctx, actor, entityId);
}
