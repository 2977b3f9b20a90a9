/**
 * 异议申诉 (常政办发〔2025〕5号 第十三项): the party disputes its record; the record is publicly marked 异议处理中 until the
 * issuing department decides within the configured number of working days.
 */
import { type CreditRecord, type ObjectionFile, ObjectionFileSchema } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findCreditRecord, insertObjection, objectionWorkingDays, pendingOn } from '../credit-record.repository';
import { ownRecord, recordDtos, workdaysFromToday } from '../steps/credit-views';

export async function fileObjection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ObjectionFile,
  meta: RequestMeta,
): Promise<CreditRecord> {
  const input = ObjectionFileSchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  const days = await objectionWorkingDays(ctx.db, actor.regionCode);
  const dueOn = await workdaysFromToday(ctx, days, '异议处理期限');
  const objectionId = newId();
  for (const m of input.materials) {
    if (!ctx.blobs.has(m.sha256)) {
      throw refused('VALIDATION', `材料“${m.fileName}”未上传，请重新上传`, 'materials');
    }
  }
  await ctx.db.transaction(async (tx) => {
    const r = await ownRecord(tx, ctx, actor, id, true);
    if ((await pendingOn(tx, actor.regionCode, id)).objection) {
      throw refused('CREDIT.OBJECTION_PENDING', `${r.documentNo}已有待处理的异议申诉`, 'recordId');
    }
    await insertObjection(tx, {
      regionCode: actor.regionCode,
      id: objectionId,
      recordId: id,
      departmentId: r.departmentId,
      grounds: input.grounds,
      materials: input.materials,
      userId: actor.userId,
      now,
      dueOn,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'credit_record',
      aggregateId: id,
      type: 'credit_objection.filed',
      toState: 'filed',
      payload: { objectionId, documentNo: r.documentNo, grounds: input.grounds, dueOn, materials: input.materials.map((m) => m.sha256) },
      attachments: input.materials.map((m) => m.sha256),
    });
  });
  const row = await findCreditRecord(ctx.db, actor.regionCode, id);
  return (await recordDtos(ctx.db, actor.regionCode, row ? [row] : [], today))[0] as CreditRecord;
}
