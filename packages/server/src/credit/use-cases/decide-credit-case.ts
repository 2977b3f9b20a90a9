/**
 * The issuing department's reviewer decides a repair (信用修复: approve — the record leaves publicity at once — or
 * refuse with a reason) or an objection (异议申诉: corrected — the record is withdrawn —, withdrawn by the party, or
 * confirmed, each with a reason). Every step is an event on the record's chain.
 */
import { type CreditCase, type ObjectionDecide, ObjectionDecideSchema, type RepairDecide, RepairDecideSchema } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { decideCreditCase, endPublicity, findCreditCase, findCreditRecord } from '../credit-record.repository';
import { creditCaseDto } from '../steps/credit-views';

async function loadOwnCase(actor: Actor, kind: 'repair' | 'objection', id: string, tx: Queryable) {
  requirePermission(actor, 'credit.review', '只有作出决定的部门的法制审核人员可以审核信用修复和异议');
  const c = await findCreditCase(tx, actor.regionCode, kind, id, true);
  if (!c || c.departmentId !== actor.departmentId) {
    throw notFound(kind === 'repair' ? '信用修复申请' : '异议申诉');
  }
  if (c.status !== 'applied' && c.status !== 'filed') {
    throw refused('CREDIT.NOT_PENDING', '该申请已处理，不能再次作出决定', 'status');
  }
  return c;
}

async function caseDto(ctx: AppContext, actor: Actor, kind: 'repair' | 'objection', id: string): Promise<CreditCase> {
  const c = await findCreditCase(ctx.db, actor.regionCode, kind, id);
  const r = c ? await findCreditRecord(ctx.db, actor.regionCode, c.recordId) : null;
  if (!c || !r) {
    throw notFound();
  }
  return creditCaseDto(c, r, shanghaiToday(ctx.now()));
}

export async function decideRepair(ctx: AppContext, actor: Actor, id: string, body: RepairDecide, meta: RequestMeta): Promise<CreditCase> {
  const input = RepairDecideSchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const c = await loadOwnCase(actor, 'repair', id, tx);
    const r = await findCreditRecord(tx, actor.regionCode, c.recordId, true);
    if (!r) {
      throw notFound('失信信息');
    }
    const status = input.approve ? 'approved' : 'refused';
    await decideCreditCase(tx, actor.regionCode, 'repair', id, { status, reason: input.reason || null, userId: actor.userId, now });
    if (input.approve && r.status === 'publicized') {
      // 国家发展改革委令第36号: a repaired record is taken out of publicity at once.
      await endPublicity(tx, actor.regionCode, r.id, 'repaired', today);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'credit_record',
      aggregateId: r.id,
      type: input.approve ? 'credit_repair.approved' : 'credit_repair.refused',
      fromState: r.status,
      toState: input.approve ? 'repaired' : r.status,
      payload: { repairId: id, documentNo: r.documentNo, reason: input.reason || null, overdue: c.dueOn < today },
    });
  });
  return caseDto(ctx, actor, 'repair', id);
}

export async function decideObjection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: ObjectionDecide,
  meta: RequestMeta,
): Promise<CreditCase> {
  const input = ObjectionDecideSchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const c = await loadOwnCase(actor, 'objection', id, tx);
    const r = await findCreditRecord(tx, actor.regionCode, c.recordId, true);
    if (!r) {
      throw notFound('失信信息');
    }
    await decideCreditCase(tx, actor.regionCode, 'objection', id, {
      status: input.outcome,
      reason: input.reason,
      userId: actor.userId,
      now,
    });
    const withdraw = input.outcome === 'corrected' && (r.status === 'publicized' || r.status === 'not_publicized');
    if (withdraw) {
      // The record was wrong: withdrawn from publicity (行政处罚法 第四十八条第二款 by analogy; 常政办发〔2025〕5号 第十三项).
      await endPublicity(tx, actor.regionCode, r.id, 'withdrawn', today);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'credit_record',
      aggregateId: r.id,
      type: `credit_objection.${input.outcome}`,
      fromState: r.status,
      toState: withdraw ? 'withdrawn' : r.status,
      payload: { objectionId: id, documentNo: r.documentNo, outcome: input.outcome, reason: input.reason, overdue: c.dueOn < today },
    });
  });
  return caseDto(ctx, actor, 'objection', id);
}
