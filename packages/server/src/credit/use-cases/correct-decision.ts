import {
  type CorrectDecision,
  CorrectDecisionSchema,
  type CorrectionItem,
  type IssuedDecisionValues,
  IssuedFactsSchema,
} from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { findCorrectionItem, resolveCorrectionItem } from '../correction-item.repository';
import { withdrawRecordOfDecision } from '../credit-record.repository';
import { correctionItemDto } from '../dto';
import { deleteSanctionRecord, findIssuedDecision } from '../issued-decision.repository';
import { loadOpenItem } from '../steps/load-open-item';
import { createRechecker } from '../steps/rechecker';
import { storeDecisions } from '../steps/store-decisions';
import { recordingDepartment } from './start-decision-import';

/** The corrected decision's values: the original's party, act and facts with the new 文号, penalties and date. */
async function correctedValues(
  ctx: AppContext,
  actor: Actor,
  itemId: string,
  body: CorrectDecision,
): Promise<{ original: string; values: IssuedDecisionValues }> {
  const item = await findCorrectionItem(ctx.db, actor.regionCode, itemId);
  const d = item ? await findIssuedDecision(ctx.db, actor.regionCode, item.decisionId) : null;
  if (!item || !d || actor.departmentId !== item.departmentId) {
    throw notFound('纠正事项');
  }
  const c = CorrectDecisionSchema.parse(body);
  return {
    original: d.id,
    values: {
      documentNo: c.documentNo,
      partyType: d.partyType,
      uscc: d.uscc,
      personName: d.personName,
      idNumber: d.personIdEnc ? ctx.fieldCrypto.decrypt(d.personIdEnc) : null,
      violationCode: d.violationCode,
      facts: IssuedFactsSchema.parse(d.facts),
      penalties: c.penalties,
      fineYuan: c.fineYuan,
      decidedOn: c.decidedOn,
      fulfilledOn: null,
    },
  };
}

/**
 * 纠正: the department records the corrected decision (行政处罚法 第七十五条第二款: 发现有错误的应当主动改正). It is
 * re-checked like any decision and refused if still flagged; it replaces the original on record (the
 * decisions first-offence checks read), and the item is closed with it.
 */
export async function correctDecision(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: CorrectDecision,
  meta: RequestMeta,
): Promise<CorrectionItem> {
  requirePermission(actor, 'correction.resolve', '只有本部门法制审核人员可以处理纠正事项');
  const dept = await recordingDepartment(ctx, actor);
  const { original, values } = await correctedValues(ctx, actor, id, body);
  const today = shanghaiToday(ctx.now());
  const rechecker = createRechecker(ctx.db, {
    regionCode: actor.regionCode,
    departmentId: dept.id,
    authority: dept.name,
    today,
    fieldCrypto: ctx.fieldCrypto,
  });
  const { prepared, problems } = await rechecker.prepare([{ rowNo: 0, values, correctsId: original }]);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      problems.map((p) => p.message).join('；'),
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
  }
  const decision = prepared[0] as (typeof prepared)[number];
  if (decision.correction) {
    throw refused('CORRECTION.STILL_FLAGGED', `更正后的决定仍不符合规则：${decision.correction.explanation}`, 'penalties');
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const item = await loadOpenItem(tx, actor, id);
    const meta2 = {
      regionCode: actor.regionCode,
      departmentId: dept.id,
      authority: dept.name,
      source: 'correction' as const,
      importJobId: null,
      dueOn: today,
      now,
    };
    await storeDecisions(tx, actor, [decision], meta2, { type: 'issued_decision', id: decision.id });
    await deleteSanctionRecord(tx, actor.regionCode, original);
    // 行政处罚法 第四十八条第二款: a decision changed is withdrawn from publicity (its successor has its own record).
    await withdrawRecordOfDecision(tx, actor.regionCode, original, today);
    await resolveCorrectionItem(tx, actor.regionCode, id, {
      status: 'corrected',
      justification: null,
      correctedDecisionId: decision.id,
      userId: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'correction_item',
      aggregateId: id,
      type: 'correction_item.corrected',
      fromState: 'open',
      toState: 'corrected',
      payload: {
        decisionId: item.decisionId,
        correctedDecisionId: decision.id,
        documentNo: values.documentNo,
        penalties: values.penalties,
        fineYuan: values.fineYuan,
      },
    });
  });
  const row = await findCorrectionItem(ctx.db, actor.regionCode, id);
  return correctionItemDto(row as NonNullable<typeof row>, today);
}
