import type { CaseDetail, ChoiceInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { isParty } from '../scope';
import { fileMaterial } from '../steps/file-material';
import { receivePendingElectronic } from '../steps/receive-electronic';
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
    if (isParty(actor, row) && row.state === 'notice_served') {
      // The choice is made on the notice's page in the portal: answering it is receiving it.
      await receivePendingElectronic(tx, ctx, actor, meta, row, 'choice_notice_delivery');
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
