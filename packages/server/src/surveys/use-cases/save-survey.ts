/** 问卷设计: the Judicial Bureau creates a survey as a draft, or replaces a draft's content (published ones are fixed). */
import type { Survey, SurveyInput } from '@rouxing/contracts';
import { type Actor, surveyFormProblems } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireSurveyManager } from '../access';
import { findSurvey, insertSurvey, updateDraft } from '../survey.repository';

export async function saveSurvey(ctx: AppContext, actor: Actor, input: SurveyInput, meta: RequestMeta, id?: string): Promise<Survey> {
  requireSurveyManager(actor);
  const problems = surveyFormProblems(input);
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const surveyId = id ?? newId();
  const now = ctx.now().toISOString();
  const content = { regionCode: actor.regionCode, id: surveyId, ...input };
  await ctx.db.transaction(async (tx) => {
    if (id) {
      if (!(await findSurvey(tx, actor.regionCode, id, true))) {
        throw notFound('问卷');
      }
      if (!(await updateDraft(tx, content))) {
        throw refused('SURVEY.STATE', '问卷已发布，题目不能再修改', 'state');
      }
    } else {
      await insertSurvey(tx, { ...content, createdBy: actor.userId, createdByName: actor.displayName, now });
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'survey',
      aggregateId: surveyId,
      type: id ? 'survey.updated' : 'survey.created',
      toState: 'draft',
      payload: {
        title: input.title,
        questions: input.questions.length,
        onPublicPortal: input.onPublicPortal,
        onEnterprisePortal: input.onEnterprisePortal,
      },
    });
  });
  return (await findSurvey(ctx.db, actor.regionCode, surveyId)) as Survey;
}
