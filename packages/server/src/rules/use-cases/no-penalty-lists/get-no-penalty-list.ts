import type { NoPenaltyListDetail } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { requireRulesRead } from '../../access';
import { listDto } from '../../dto';
import { findList, listEntries } from '../../no-penalty-list.repository';

/** One list version of the actor's region with its entries (404 outside it). */
export async function getNoPenaltyList(ctx: AppContext, actor: Actor, id: string): Promise<NoPenaltyListDetail> {
  requireRulesRead(actor);
  const row = await findList(ctx.db, actor.regionCode, id);
  if (!row) {
    throw notFound('不予处罚清单');
  }
  const entries = await listEntries(ctx.db, actor.regionCode, id);
  return { ...listDto(row, shanghaiToday(ctx.now())), entries };
}
