import type { Assessment } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { assessmentScope } from '../access';
import { computeAssessment } from '../compute';

/** 督导考评 · 年度考评: the year's scores and ranking (a department: its own line). */
export async function getAssessment(ctx: AppContext, actor: Actor, year: number): Promise<Assessment> {
  return computeAssessment(ctx.db, actor.regionCode, year, assessmentScope(actor));
}
