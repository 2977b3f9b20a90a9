import type { CaseDetail, FulfilInput } from '@rouxing/contracts';
import { type Actor, pendingCommitment } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { hasMaterial } from '../case-material.repository';
import { caseMeasureExtras } from '../case-measure.repository';
import { isStaff } from '../scope';
import { fileMaterial } from '../steps/file-material';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 常政办发〔2025〕5号 第一项 告知承诺制: the officer verifies the correction; the 核查记录 is filed and the case completes. */
export async function fulfilCommitment(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: FulfilInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const m = pendingCommitment(row.snapshot);
    if (m && isStaff(actor)) {
      // The commitment binds once signed: in the portal, or on paper filed as the measure's document.
      const extra = (await caseMeasureExtras(tx, row.regionCode, row.id)).get(m.id);
      if (!extra?.partySignedAt && !(await hasMaterial(tx, row.regionCode, row.id, m.id, 'document'))) {
        throw refused('CASE.COMMITMENT_UNSIGNED', '当事人尚未签署承诺书，不能确认承诺已履行', 'fulfil_commitment');
      }
    }
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'fulfil_commitment',
      input: { on: today(ctx), fulfilledOn: input.fulfilledOn },
      payload: { measureId: m?.id, fulfilledOn: input.fulfilledOn, note: input.note },
    });
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: m?.id ?? null,
      item: 'fulfilment_check',
      source: 'record',
      note: `核查记录（${actor.displayName}，${today(ctx)}）：当事人于${input.fulfilledOn}改正。${input.note}`,
    });
  });
  return getCase(ctx, actor, id);
}
