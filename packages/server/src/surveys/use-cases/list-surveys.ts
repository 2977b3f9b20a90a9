import type { Survey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { requireSurveyManager } from '../access';
import { findSurvey, listSurveys } from '../survey.repository';

/** The region's surveys with their answer counts (the Judicial Bureau). */
export async function listAllSurveys(ctx: AppContext, actor: Actor): Promise<Survey[]> {
  requireSurveyManager(actor);
  return listSurveys(ctx.db, actor.regionCode);
}

export async function getSurvey(ctx: AppContext, actor: Actor, id: string): Promise<Survey> {
  requireSurveyManager(actor);
  const s = await findSurvey(ctx.db, actor.regionCode, id);
  if (!s) {
    throw notFound('问卷');
  }
  return s;
}
