/** The enterprise's credit records in its portal, with their repairs and objections (信用修复, 异议申诉). */
import type { CreditRecordList } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { creditRecordsOfEntity } from '../credit-record.repository';
import { ownEntity, recordDtos } from '../steps/credit-views';

export async function myCreditRecords(ctx: AppContext, actor: Actor): Promise<CreditRecordList> {
  const e = await ownEntity(ctx, actor);
  const rows = await creditRecordsOfEntity(ctx.db, actor.regionCode, e.id);
  return { items: await recordDtos(ctx.db, actor.regionCode, rows, shanghaiToday(ctx.now())) };
}
