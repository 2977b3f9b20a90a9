import type { CaseDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { isParty } from '../scope';
import { fileMaterial } from '../steps/file-material';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 撤回申请 (常政办发〔2025〕5号 第八项(1)): recorded, after which a reviewer may terminate on that ground. */
export async function withdrawApplication(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    await takeStep(tx, ctx, actor, meta, row, { action: 'withdraw_application', input: { on }, payload: { byParty: isParty(actor, row) } });
    if (isParty(actor, row)) {
      await fileMaterial(tx, ctx, actor, {
        caseId: row.id,
        measureId: null,
        item: 'withdrawal',
        source: 'record',
        note: `当事人于${on}通过企业端撤回申请`,
      });
    }
  });
  return getCase(ctx, actor, id);
}
