import type { DiscretionBenchmark } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { requireRulesRead } from '../../access';
import { findBenchmark } from '../../benchmark.repository';
import { benchmarkDto } from '../../dto';

/** One benchmark version of the actor's region (404 outside it). */
export async function getBenchmark(ctx: AppContext, actor: Actor, id: string): Promise<DiscretionBenchmark> {
  requireRulesRead(actor);
  const row = await findBenchmark(ctx.db, actor.regionCode, id);
  if (!row) {
    throw notFound('裁量基准');
  }
  return benchmarkDto(row, shanghaiToday(ctx.now()));
}
