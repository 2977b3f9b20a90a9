import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { appendEvent } from '../../records/event.repository';
import { flagOverdueCorrectionItems } from '../correction-item.repository';

/**
 * The daily sweep's part: open correction items past their last working day are marked overdue, one
 * `correction_item.overdue` event each (the Judicial Bureau's supervision picks them up:
 * `GET /correction-items?status=open&overdue=true`).
 */
export async function flagOverdueCorrections(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const flagged = await flagOverdueCorrectionItems(tx, today);
    for (const f of flagged) {
      await appendEvent(tx, {
        regionCode: f.regionCode,
        aggregateType: 'correction_item',
        aggregateId: f.id,
        type: 'correction_item.overdue',
        actor: { id: '00000000-0000-0000-0000-000000000000', name: '系统（期限提醒）' },
        occurredAt: now,
        payload: { dueOn: f.dueOn, flaggedOn: today, departmentId: f.departmentId },
      });
    }
    return flagged.length;
  });
}
