import { type Actor, caseCommitmentOverdue } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { findCase, unflaggedOverdueCommitments } from '../case.repository';
import { unflaggedOverdueVisits } from '../follow-up.repository';
import { caseNote } from '../steps/case-note';
import { today } from '../today';

/** The sweep acts as the system, in the region of what it flags. */
const system = (regionCode: string): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  username: 'system',
  displayName: '系统（期限提醒）',
  roles: [],
  permissions: new Set(),
  regionCode,
  departmentId: null,
  entityUscc: null,
});

/**
 * The overdue sweep (run daily on pg-boss, and callable): each commitment past its deadline (常政办发〔2025〕5号 第一项) gets one
 * `case.commitment_overdue` event, so the chain shows when it was flagged; overdue visits (常政办发〔2025〕5号 第五项) likewise.
 */
export async function flagOverdue(ctx: AppContext, meta: RequestMeta): Promise<{ commitments: number; followUps: number }> {
  const t = today(ctx);
  const due = await unflaggedOverdueCommitments(ctx.db, t);
  for (const c of due) {
    await ctx.db.transaction(async (tx) => {
      const row = await findCase(tx, c.regionCode, c.id, true);
      if (row?.state === 'commitment_pending' && caseCommitmentOverdue(row.snapshot, t)) {
        await caseNote(tx, ctx, system(c.regionCode), meta, row, 'case.commitment_overdue', { deadline: c.deadline, flaggedOn: t });
      }
    });
  }
  const visits = await unflaggedOverdueVisits(ctx.db, t);
  for (const v of visits) {
    await ctx.db.transaction(async (tx) => {
      await recordChange(tx, system(v.regionCode), meta, ctx.now().toISOString(), {
        aggregateType: 'follow_up_visit',
        aggregateId: v.id,
        type: 'follow_up.overdue',
        payload: { dueOn: v.dueOn, flaggedOn: t },
      });
    });
  }
  return { commitments: due.length, followUps: visits.length };
}
