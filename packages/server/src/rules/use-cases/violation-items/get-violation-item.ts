import type { ViolationItem } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { requireRulesRead } from '../../access';
import { findViolationItem } from '../../violation-item.repository';

/** One catalogue item of the actor's region (404 outside it). */
export async function getViolationItem(ctx: AppContext, actor: Actor, id: string): Promise<ViolationItem> {
  requireRulesRead(actor);
  const row = await findViolationItem(ctx.db, actor.regionCode, id);
  if (!row) {
    throw notFound('违法行为事项');
  }
  return row;
}
