import type { CaseDetail, MeasureInput } from '@rouxing/contracts';
import { type Actor, MEASURE_TYPE_SPECS } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { sanctionRecordsOfCaseParty } from '../../rules/sanction-record.repository';
import { carryOutMeasure } from '../steps/carry-out-measure';
import { draftOf, engineAnswer, nextMeasureId } from '../steps/measure-draft';
import { propose } from '../steps/propose';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/**
 * An officer records a measure (常政办发〔2025〕5号 第三项、第五项、第七项). 不予处罚决定 and 公益抵罚 need a reviewer's approval: they
 * are checked now as far as the officer can see and kept as the case's proposal until a reviewer decides.
 */
export async function recordMeasure(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: MeasureInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    const measureId = nextMeasureId(row);
    const priors = input.type === 'no_penalty_decision' ? await sanctionRecordsOfCaseParty(tx, row.regionCode, row.id) : [];
    const decision = engineAnswer(input, on, { authority: row.departmentName, priors });
    const spec = MEASURE_TYPE_SPECS[input.type];
    if (spec.approval !== 'reviewer') {
      await carryOutMeasure(tx, ctx, actor, meta, row, measureId, input, { draftedBy: null, decision });
      return;
    }
    const draft = await draftOf(tx, row, measureId, input);
    await propose(tx, ctx, actor, meta, row, {
      check: {
        action: 'record_measure',
        input: { on, measure: draft, draftedBy: actor.userId, observationException: input.observationException },
      },
      delivery: input.delivery,
      proposal: { kind: 'measure', summary: `${spec.label}：${input.content.slice(0, 200)}`, input: { ...input, decision }, measureId },
      event: { type: 'case.measure_proposed', payload: { measureId, type: input.type, content: input.content } },
    });
  });
  return getCase(ctx, actor, id);
}
