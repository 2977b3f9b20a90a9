/**
 * The enterprise answers its self-inspection item by item and commits that the answers are true
 * (承诺式检查, 常政办发〔2025〕5号 第十三项); the signed commitment is recorded with the answers, once.
 */
import { type SelfInspection, SelfInspectionAnswerSchema } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { findSelfInspection, saveAnswers } from '../self-inspection.repository';
import { ownSelfInspection, selfInspectionDto } from '../steps/self-inspection-views';

export async function answerSelfInspection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: unknown,
  meta: RequestMeta,
): Promise<SelfInspection> {
  const input = SelfInspectionAnswerSchema.parse(body);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const s = await ownSelfInspection(ctx, actor, id, tx, true);
    if (s.status !== 'sent') {
      throw refused('CREDIT.SELF_INSPECTION_STATE', `${s.documentNo}已作答，不能再次提交`, 'id');
    }
    if (input.answers.length !== s.checklist.length) {
      throw refused('VALIDATION', `请对全部${s.checklist.length}项检查要点逐项作答`, 'answers');
    }
    await saveAnswers(tx, actor.regionCode, id, input.answers, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'self_inspection',
      aggregateId: id,
      type: 'self_inspection.answered',
      fromState: 'sent',
      toState: 'answered',
      payload: {
        documentNo: s.documentNo,
        answers: input.answers,
        commitment: '本单位承诺所填自查内容真实、准确、完整，如有虚假，愿承担相应法律责任并纳入信用记录',
      },
    });
  });
  const row = await findSelfInspection(ctx.db, actor.regionCode, id);
  return selfInspectionDto(row as NonNullable<typeof row>);
}
