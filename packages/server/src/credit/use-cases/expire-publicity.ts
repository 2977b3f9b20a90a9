import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { appendEvent } from '../../records/event.repository';
import { expirePublicity } from '../credit-record.repository';

/**
 * The daily sweep's part: publicity ended at its maximum (信用修复管理办法 国家发展改革委令第36号: 最长公示期届满的，
 * 停止公示), set-based, one `credit_record.expired` event per record.
 */
export async function expireCreditPublicity(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const ended = await expirePublicity(tx, today);
    for (const e of ended) {
      await appendEvent(tx, {
        regionCode: e.regionCode,
        aggregateType: 'credit_record',
        aggregateId: e.id,
        type: 'credit_record.expired',
        actor: { id: '00000000-0000-0000-0000-000000000000', name: '系统（公示期满）' },
        occurredAt: now,
        fromState: 'publicized',
        toState: 'expired',
        payload: { maxEnd: e.maxEnd, endedOn: today },
      });
    }
    return ended.length;
  });
}
