import type { CaseDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 办结: the measures are taken (常政办发〔2025〕5号 第九项: 柔性执法实施完毕); completion schedules the follow-up visits (常政办发〔2025〕5号 第五项). */
export async function completeCase(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    await takeStep(tx, ctx, actor, meta, row, { action: 'complete', input: { on: today(ctx) }, payload: {} });
  });
  return getCase(ctx, actor, id);
}
