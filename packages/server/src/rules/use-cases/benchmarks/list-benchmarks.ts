/** Benchmark versions (行政裁量基准), searched and paged, each with the status shown today. */
import type { BenchmarkQuery } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { requireRulesRead } from '../../access';
import { searchBenchmarks } from '../../benchmark.repository';
import { benchmarkDto } from '../../dto';

export async function listBenchmarks(ctx: AppContext, actor: Actor, q: BenchmarkQuery) {
  requireRulesRead(actor);
  const r = await searchBenchmarks(ctx.db, actor.regionCode, q);
  const today = shanghaiToday(ctx.now());
  return { items: r.items.map((b) => benchmarkDto(b, today)), total: r.total, page: q.page, pageSize: q.pageSize };
}
