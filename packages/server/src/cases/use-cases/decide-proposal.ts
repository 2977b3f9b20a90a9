import type { CaseDetail, MeasureInput, ProposalDecision } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, refused } from '../../errors';
import { setCaseProposal } from '../case.repository';
import { carryOutMeasure } from '../steps/carry-out-measure';
import { carryOutTermination } from '../steps/carry-out-termination';
import { caseNote } from '../steps/case-note';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** A reviewer of the department decides the pending proposal: approve (the step is taken) or return it. */
export async function decideProposal(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: ProposalDecision,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const p = row.proposal;
    if (!p) {
      throw refused('CASE.NO_PROPOSAL', '本案没有待审核的申请', 'proposal');
    }
    if (!can(actor, 'case.approve') || actor.departmentId !== row.departmentId) {
      throw forbidden('须由本部门法制审核人员审核');
    }
    if (!input.approve) {
      await setCaseProposal(tx, row.regionCode, row.id, null);
      await caseNote(tx, ctx, actor, meta, row, 'case.proposal_returned', { kind: p.kind, opinion: input.opinion });
      return;
    }
    if (p.kind === 'measure') {
      const { decision, ...measure } = p.input as MeasureInput & { decision: Record<string, unknown> | null };
      await carryOutMeasure(tx, ctx, actor, meta, row, p.measureId as string, measure, {
        draftedBy: p.proposedBy,
        draftedByName: p.proposedByName,
        decision,
        opinion: `法制审核意见（${actor.displayName}，${today(ctx)}）：${input.opinion}`,
      });
      return;
    }
    await carryOutTermination(tx, ctx, actor, meta, row, p, input.opinion);
  });
  return getCase(ctx, actor, id);
}
