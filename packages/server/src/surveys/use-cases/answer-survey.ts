/**
 * 填写问卷: anonymously on the public portal (rate-limited per address by the route), or by an enterprise account on the
 * enterprise portal — one answer per entity; a second is refused (422 SURVEY.ALREADY_ANSWERED). An anonymous answer
 * keeps no trace of who sent it (no address, no session).
 */
import type { PublishedSurvey, SurveyAnswer } from '@rouxing/contracts';
import { type Actor, can, surveyAnswerProblem } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { findEntityByUscc } from '../../entities/entity.repository';
import { forbidden, notFound, refused } from '../../errors';
import { appendEvent } from '../../records/event.repository';
import { newId } from '../../records/ids';
import { findSurvey, insertResponse, listPublishedSurveys, surveyAnsweredBy } from '../survey.repository';

type Portal = 'public' | 'enterprise';

async function enterpriseEntityId(ctx: AppContext, actor: Actor): Promise<string> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw forbidden('企业端问卷仅限企业账号填写');
  }
  const e = await findEntityByUscc(ctx.db, actor.regionCode, actor.entityUscc);
  if (!e) {
    throw notFound('市场主体');
  }
  return e.id;
}

/** The surveys published on a portal; for an enterprise, whether it has answered each. */
export async function listPublished(ctx: AppContext, portal: Portal, actor?: Actor): Promise<PublishedSurvey[]> {
  const regionCode = actor?.regionCode ?? ctx.config.regionCode;
  const surveys = await listPublishedSurveys(ctx.db, regionCode, portal);
  const answered = actor
    ? await surveyAnsweredBy(
        ctx.db,
        regionCode,
        surveys.map((s) => s.id),
        await enterpriseEntityId(ctx, actor),
      )
    : new Set<string>();
  return surveys.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    questions: s.questions,
    publishedAt: s.publishedAt,
    answered: answered.has(s.id),
  }));
}

export async function answerSurvey(
  ctx: AppContext,
  portal: Portal,
  id: string,
  answer: SurveyAnswer,
  actor?: Actor,
): Promise<{ received: true }> {
  const regionCode = actor?.regionCode ?? ctx.config.regionCode;
  const entityId = portal === 'enterprise' && actor ? await enterpriseEntityId(ctx, actor) : null;
  const s = await findSurvey(ctx.db, regionCode, id);
  const open = s && s.state === 'published' && (portal === 'public' ? s.onPublicPortal : s.onEnterprisePortal);
  if (!s || !open) {
    throw notFound('问卷');
  }
  const problem = surveyAnswerProblem(s.questions, answer);
  if (problem) {
    throw refused('SURVEY.ANSWER', problem.message, problem.path);
  }
  const now = ctx.now().toISOString();
  const responseId = newId();
  await ctx.db.transaction(async (tx) => {
    if (!(await insertResponse(tx, { regionCode, id: responseId, surveyId: id, channel: portal, entityId, answers: answer, now }))) {
      throw refused('SURVEY.ALREADY_ANSWERED', '本企业已经填写过该问卷，每个企业账号只能填写一次', 'surveyId');
    }
    await appendEvent(tx, {
      regionCode,
      aggregateType: 'survey',
      aggregateId: id,
      type: 'survey.answered',
      actor: actor ? { id: actor.userId, name: actor.displayName } : { id: null, name: '公众（匿名问卷）' },
      occurredAt: now,
      payload: { responseId, channel: portal },
    });
  });
  return { received: true };
}
