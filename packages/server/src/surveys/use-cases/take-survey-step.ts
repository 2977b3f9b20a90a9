/** 发布 / 关闭问卷: a draft is published on its portals; a published survey is closed (no more answers). */
import type { Survey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requireSurveyManager } from '../access';
import { findSurvey, setSurveyState } from '../survey.repository';

const STEPS = { publish: { from: 'draft', to: 'published' }, close: { from: 'published', to: 'closed' } } as const;

export async function takeSurveyStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  step: keyof typeof STEPS,
  meta: RequestMeta,
): Promise<Survey> {
  requireSurveyManager(actor);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const s = await findSurvey(tx, actor.regionCode, id, true);
    if (!s) {
      throw notFound('问卷');
    }
    if (s.state !== STEPS[step].from) {
      throw refused('SURVEY.STATE', step === 'publish' ? '只有草稿可以发布' : '只有已发布的问卷可以关闭', 'state');
    }
    await setSurveyState(tx, actor.regionCode, id, STEPS[step].to, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'survey',
      aggregateId: id,
      type: `survey.${step === 'publish' ? 'published' : 'closed'}`,
      fromState: s.state,
      toState: STEPS[step].to,
      payload: {},
    });
  });
  return (await findSurvey(ctx.db, actor.regionCode, id)) as Survey;
}
