import type { CorrectionItem, JustifyCorrection } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { findCorrectionItem, resolveCorrectionItem } from '../correction-item.repository';
import { correctionItemDto } from '../dto';
import { loadOpenItem } from '../steps/load-open-item';

/** 说明理由: the department keeps its decision and states why (the reason stays with the item for the Judicial Bureau). */
export async function justifyCorrection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: JustifyCorrection,
  meta: RequestMeta,
): Promise<CorrectionItem> {
  requirePermission(actor, 'correction.resolve', '只有本部门法制审核人员可以处理纠正事项');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const item = await loadOpenItem(tx, actor, id);
    await resolveCorrectionItem(tx, actor.regionCode, id, {
      status: 'justified',
      justification: body.justification,
      correctedDecisionId: null,
      userId: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'correction_item',
      aggregateId: id,
      type: 'correction_item.justified',
      fromState: 'open',
      toState: 'justified',
      payload: { decisionId: item.decisionId, documentNo: item.documentNo, justification: body.justification, dueOn: item.dueOn },
    });
  });
  const row = await findCorrectionItem(ctx.db, actor.regionCode, id);
  return correctionItemDto(row as NonNullable<typeof row>, shanghaiToday(ctx.now()));
}
