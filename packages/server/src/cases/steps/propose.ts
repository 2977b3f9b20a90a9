import type { DeliveryMethod } from '@rouxing/contracts';
import { type Actor, type CaseActionInputs, transitionRefusal } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { refused } from '../../errors';
import { type CaseRow, type StoredProposal, setCaseProposal } from '../case.repository';
import { observationPeriodsOf } from '../observation-periods/observation-period.repository';
import { caseNote } from './case-note';
import { checkElectronic } from './check-electronic';

export interface ProposalOrder {
  /** The step the reviewer's approval will take, checked now. */
  check:
    | { action: 'record_measure'; input: CaseActionInputs['record_measure'] }
    | { action: 'terminate'; input: CaseActionInputs['terminate'] };
  delivery: DeliveryMethod | null;
  proposal: Pick<StoredProposal, 'kind' | 'summary' | 'input' | 'measureId'>;
  event: { type: string; payload: Record<string, unknown> };
}

/**
 * Keeps an officer's proposal for the reviewer, after telling the officer now everything the lifecycle would
 * refuse except the approval itself (a stand-in reviewer asks the domain). One proposal at a time.
 */
export async function propose(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  o: ProposalOrder,
): Promise<void> {
  if (row.proposal) {
    throw refused('CASE.PROPOSAL_PENDING', '本案已有待法制审核的申请，请等待审核后再提交', 'proposal');
  }
  const periods = await observationPeriodsOf(tx, row.regionCode, row.entityId);
  const standIn: Actor = { ...actor, userId: '(法制审核人员)', roles: [...actor.roles, 'reviewer'] };
  const refusal = transitionRefusal({ ...row.snapshot, observationPeriods: periods }, o.check.action, standIn, o.check.input);
  if (refusal) {
    throw refused(refusal.code, refusal.message, o.check.action);
  }
  await checkElectronic(tx, row, o.delivery, 'delivery');
  const proposal: StoredProposal = {
    ...o.proposal,
    proposedBy: actor.userId,
    proposedByName: actor.displayName,
    proposedAt: ctx.now().toISOString(),
  };
  await setCaseProposal(tx, row.regionCode, row.id, proposal);
  await caseNote(tx, ctx, actor, meta, row, o.event.type, o.event.payload);
}
