import type { ResolvedRules, ResolveRulesQuery } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { requireRulesRead } from '../../access';
import { resolveRulesFor } from '../../steps/resolve-rules-for';

/**
 * The decision assistant's look-up: a catalogue item with its published list entries and the benchmark
 * that applies on `on` (default today, Asia/Shanghai); 404 when the region has no such item.
 */
export async function resolveRules(ctx: AppContext, actor: Actor, q: ResolveRulesQuery): Promise<ResolvedRules> {
  requireRulesRead(actor);
  const today = shanghaiToday(ctx.now());
  const r = await resolveRulesFor(ctx.db, actor.regionCode, q.code.trim().toUpperCase(), q.on ?? today, today);
  if (!r) {
    throw notFound('违法行为事项');
  }
  return r;
}
