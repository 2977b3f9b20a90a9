import type { GuidingCaseInput, GuidingCaseRef } from '@rouxing/contracts';
import { type Actor, MEASURE_TYPE_SPECS } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError, notFound } from '../../../errors';
import { newId } from '../../../records/ids';
import { recordChange } from '../../../records/record-change';
import { type CaseRow, findCase } from '../../case.repository';
import { caseMaterials } from '../../case-material.repository';
import { requireReviewer } from '../../scope';
import { anonymise } from '../anonymise';
import { insertGuidingCase, partyForGuidingCase } from '../guiding-case.repository';

/** The case as a guiding case tells it: facts, basis, measures, outcome and the size of the file. */
function caseStory(row: CaseRow, materialCount: number): string {
  const measures = row.snapshot.measures.map((m) => `${MEASURE_TYPE_SPECS[m.type].label}（${m.on}）`).join('、') || '无';
  const outcome =
    row.snapshot.termination !== null
      ? `终止柔性执法（${row.snapshot.termination.reason || row.snapshot.termination.ground}）`
      : '当事人改正违法行为，案件办结';
  return [
    `【基本案情】${row.facts}`,
    `【法律依据】${row.legalBasis}`,
    `【柔性执法措施】${measures}`,
    `【处理结果】${outcome}`,
    `【案卷材料】共${materialCount}项`,
  ].join('\n');
}

/** 常政办发〔2025〕5号 第十项: a reviewer of the case's department publishes an archived case as an anonymised guiding case. */
export async function publishGuidingCase(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  input: GuidingCaseInput,
): Promise<GuidingCaseRef> {
  const departmentId = requireReviewer(actor, '发布指导性案例');
  const row = await findCase(ctx.db, actor.regionCode, caseId);
  if (!row || row.departmentId !== departmentId) {
    throw notFound('案件');
  }
  if (row.state !== 'archived') {
    throw new AppError('CASE.NOT_ARCHIVED', '只有已归档的案件才能作为指导性案例发布', [{ path: 'caseId', message: '案件尚未归档' }]);
  }
  const entity = await partyForGuidingCase(ctx.db, actor.regionCode, row);
  const names = [entity?.name ?? '', entity?.legalRepresentative ?? ''];
  const materials = await caseMaterials(ctx.db, actor.regionCode, caseId);
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await insertGuidingCase(tx, {
      regionCode: actor.regionCode,
      id,
      caseId,
      departmentId,
      title: anonymise(input.title, names),
      industry: entity?.industryCode ?? '',
      summary: anonymise(input.summary, names),
      body: anonymise(caseStory(row, materials.length), names),
      keywords: input.keywords,
      publishedBy: actor.userId,
      publishedByName: actor.displayName,
      publishedAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'guiding_case',
      aggregateId: id,
      type: 'guiding_case.published',
      payload: { caseId, title: input.title },
    });
  });
  return { id };
}
