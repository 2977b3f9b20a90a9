import type { CaseDetail, ChoiceInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { pendingElectronicDeliveries } from '../delivery.repository';
import { isParty } from '../scope';
import { fileMaterial } from '../steps/file-material';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/**
 * The party's choice (常政办发〔2025〕5号 第六项: 行政相对人可以自主决定是否需要接受柔性执法): through the portal (the record is the
 * 企业端选择记录), or entered by an officer from the signed 回执 (which the officer then files), or 视为不选择
 * after the deadline.
 */
export async function recordChoice(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, input: ChoiceInput): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    // 常政办发〔2025〕5号 第六项 lets the party decide once it knows what is offered: the 告知书 served
    // electronically must have been opened (its 送达回证, the portal receipt) before the party chooses.
    if (isParty(actor, row) && (await pendingElectronicDeliveries(tx, row.regionCode, row.id, 'choice_notice_delivery')).length > 0) {
      throw refused('CASE.NOTICE_NOT_OPENED', '请先打开并阅读《柔性执法告知书》（打开即签收），再作出选择', 'choice');
    }
    const k = await takeStep(tx, ctx, actor, meta, row, {
      action: 'record_choice',
      input: { on, choice: input.choice, deemed: input.deemed },
      payload: {
        choice: input.choice,
        deemed: input.deemed,
        byParty: isParty(actor, row),
        // 常政办发〔2025〕5号 第六项: declining hands the matter over to the ordinary procedure.
        handedOverToGeneralProcedure: input.choice === 'decline',
      },
    });
    if (isParty(actor, row) || input.deemed) {
      await fileMaterial(tx, ctx, actor, {
        caseId: row.id,
        measureId: null,
        item: 'choice_record',
        source: 'record',
        note: input.deemed
          ? `当事人在选择期限（至${k.notice?.choiceDeadline}）内未作选择，${on}视为不选择柔性执法，转一般程序`
          : `当事人于${on}通过企业端${input.choice === 'accept' ? '选择接受柔性执法' : '选择不接受柔性执法（转一般程序）'}`,
      });
    }
  });
  return getCase(ctx, actor, id);
}
