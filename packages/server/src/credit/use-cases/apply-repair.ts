/**
 * 申请信用修复 (常政办发〔2025〕5号 第五项; 信用修复管理办法 国家发展改革委令第36号): the enterprise applies per record in its
 * portal. Refused before the minimum publicity period has run (naming the day it may), without the obligations
 * fulfilled, or without the signed 信用承诺书; the issuing department decides within 10 working days.
 */
import { Readable } from 'node:stream';
import { type CreditRecord, type RepairApply, RepairApplySchema } from '@rouxing/contracts';
import { type Actor, repairRefusal, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findCreditRecord, insertRepair, pendingOn } from '../credit-record.repository';
import { ownRecord, recordDtos, workdaysFromToday } from '../steps/credit-views';
import { commitmentDocx } from './credit-commitment';

/** 国家发展改革委令第36号: the authority decides a repair application within 10 working days of accepting it. */
export const REPAIR_WORKING_DAYS = 10;

export async function applyForRepair(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: RepairApply,
  meta: RequestMeta,
): Promise<CreditRecord> {
  const input = RepairApplySchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  const dueOn = await workdaysFromToday(ctx, REPAIR_WORKING_DAYS, '信用修复审核期限');
  const repairId = newId();
  for (const m of input.materials) {
    if (!ctx.blobs.has(m.sha256)) {
      throw refused('VALIDATION', `材料“${m.fileName}”未上传，请重新上传`, 'materials');
    }
  }
  await ctx.db.transaction(async (tx) => {
    const r = await ownRecord(tx, ctx, actor, id, true);
    const refusal = repairRefusal(
      {
        documentNo: r.documentNo,
        severity: r.severity,
        status: r.status,
        repairEligibleFrom: r.repairEligibleFrom,
        obligationsFulfilledOn: r.fulfilledOn,
      },
      today,
      input.commitmentSigned,
    );
    if (refusal) {
      throw refused(refusal.code, refusal.message, refusal.path);
    }
    if ((await pendingOn(tx, actor.regionCode, id)).repair) {
      throw refused('CREDIT.REPAIR_PENDING', `${r.documentNo}已有待审核的信用修复申请`, 'recordId');
    }
    const stored = await ctx.blobs.put(Readable.from([await commitmentDocx(r, today)]));
    await insertRepair(tx, {
      regionCode: actor.regionCode,
      id: repairId,
      recordId: id,
      departmentId: r.departmentId,
      commitmentSha256: stored.sha256,
      materials: input.materials,
      statement: input.statement,
      userId: actor.userId,
      now,
      dueOn,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'credit_record',
      aggregateId: id,
      type: 'credit_repair.applied',
      toState: 'applied',
      payload: {
        repairId,
        documentNo: r.documentNo,
        dueOn,
        commitmentSha256: stored.sha256,
        materials: input.materials.map((m) => m.sha256),
      },
      attachments: [stored.sha256, ...input.materials.map((m) => m.sha256)],
    });
  });
  const row = await findCreditRecord(ctx.db, actor.regionCode, id);
  return (await recordDtos(ctx.db, actor.regionCode, row ? [row] : [], today))[0] as CreditRecord;
}
