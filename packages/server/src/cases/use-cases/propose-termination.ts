import type { CaseDetail, TerminationInput } from '@rouxing/contracts';
import { type Actor, TERMINATION_GROUND_LABELS } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import { isStaff } from '../scope';
import { propose } from '../steps/propose';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/** 常政办发〔2025〕5号 第八项: an officer proposes termination on one of its grounds; a reviewer (not the proposer) approves it. */
export async function proposeTermination(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: TerminationInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw forbidden('终止柔性执法须由本部门执法人员提出');
    }
    await propose(tx, ctx, actor, meta, row, {
      check: { action: 'terminate', input: { on: today(ctx), ...input, proposedBy: actor.userId } },
      delivery: input.delivery,
      proposal: {
        kind: 'termination',
        summary: `终止柔性执法：${TERMINATION_GROUND_LABELS[input.ground]}${input.reason ? `（${input.reason}）` : ''}`,
        input,
      },
      event: { type: 'case.termination_proposed', payload: { ...input } },
    });
  });
  return getCase(ctx, actor, id);
}
