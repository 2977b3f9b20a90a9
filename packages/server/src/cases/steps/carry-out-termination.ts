import type { TerminationInput } from '@rouxing/contracts';
import { type Actor, TERMINATION_GROUND_LABELS } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import type { CaseRow, StoredProposal } from '../case.repository';
import { today } from '../today';
import { fileMaterial } from './file-material';
import { issueCaseDocument } from './issue-case-document';
import { takeStep } from './take-step';

/**
 * 常政办发〔2025〕5号 第八项: the reviewer approves the officer's termination: the case ends, the approval is filed and the
 * 终止柔性执法通知书 is issued and served (saying so when the matter goes to the ordinary procedure).
 */
export async function carryOutTermination(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  p: StoredProposal,
  opinion: string,
): Promise<void> {
  const input = p.input as TerminationInput;
  const on = today(ctx);
  await takeStep(tx, ctx, actor, meta, row, {
    action: 'terminate',
    input: {
      on,
      ground: input.ground,
      reason: input.reason,
      proposedBy: p.proposedBy,
      handOverToGeneralProcedure: input.handOverToGeneralProcedure,
      observationException: input.observationException,
    },
    payload: { ...input, proposedBy: p.proposedBy, opinion },
    proposal: null,
  });
  await fileMaterial(tx, ctx, actor, {
    caseId: row.id,
    measureId: null,
    item: 'termination_approval',
    source: 'record',
    note: `终止审批意见（${actor.displayName}，${on}）：${opinion}`,
  });
  await issueCaseDocument(tx, ctx, actor, row, {
    kind: 'termination_notice',
    measureId: null,
    item: 'termination_notice',
    content: `${TERMINATION_GROUND_LABELS[input.ground]}${input.reason ? `（${input.reason}）` : ''}`,
    deadline: '—',
    delivery: input.delivery,
    proofItem: 'termination_notice_delivery',
    legalBasis: input.handOverToGeneralProcedure ? '本案依法转入一般程序办理。' : '',
  });
}
