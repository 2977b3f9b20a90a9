import type { CaseDetail, ServeNoticeInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { chineseDate } from '../../documents/issue-document';
import { electronicConsentOf } from '../delivery.repository';
import { issueCaseDocument } from '../steps/issue-case-document';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/**
 * 常政办发〔2025〕5号 第六项: 实施柔性执法应当告知行政相对人有自主选择的权利 — the 告知书 is issued and served, with the day by which
 * the party chooses.
 */
export async function serveNotice(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: ServeNoticeInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const consent = await electronicConsentOf(tx, row.regionCode, row.entityId);
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'serve_notice',
      input: { on: today(ctx), delivery: input.delivery, choiceDeadline: input.choiceDeadline, electronicConsent: consent },
      payload: { delivery: input.delivery, choiceDeadline: input.choiceDeadline, offered: input.offered },
    });
    await issueCaseDocument(tx, ctx, actor, row, {
      kind: 'choice_notice',
      measureId: null,
      item: 'choice_notice',
      content: input.offered,
      deadline: chineseDate(input.choiceDeadline),
      delivery: input.delivery,
      proofItem: 'choice_notice_delivery',
    });
  });
  return getCase(ctx, actor, id);
}
