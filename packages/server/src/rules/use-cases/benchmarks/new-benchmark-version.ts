import { BenchmarkInputSchema, type DiscretionBenchmark } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { notFound, refused } from '../../../errors';
import { findBenchmark } from '../../benchmark.repository';
import { openDraftOf } from '../../review.repository';
import { insertDraftBenchmark } from '../../steps/insert-draft-benchmark';
import { lockForAction } from '../../steps/lock-version';
import { BENCHMARK_KIND } from '../../steps/review-kinds';
import { getBenchmark } from './get-benchmark';

/**
 * A new draft version copying a published (or superseded) benchmark: the way to change a published one.
 * One open draft per series (`BENCHMARK.OPEN_DRAFT_EXISTS`).
 */
export async function newBenchmarkVersion(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<DiscretionBenchmark> {
  const now = ctx.now().toISOString();
  const created = await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, BENCHMARK_KIND, actor, id, 'new_version');
    if (await openDraftOf(tx, 'discretion_benchmarks', actor.regionCode, state.seriesId)) {
      throw refused('BENCHMARK.OPEN_DRAFT_EXISTS', '该裁量基准已有一个未发布的新版本，请先完成或退回该版本', 'seriesId');
    }
    const b = await findBenchmark(tx, actor.regionCode, id);
    if (!b) {
      throw notFound('裁量基准');
    }
    // The stored version read back as an input (defaults applied as when it was drafted).
    const input = BenchmarkInputSchema.parse({
      violationCode: b.violationCode,
      level: b.level,
      issuer: b.issuer,
      departmentId: b.departmentId,
      fine: b.fine,
      tiers: b.tiers,
      mitigatedFloor: b.mitigatedFloor,
      aggravating: b.aggravating,
      mitigating: b.mitigating,
      effectiveFrom: b.effectiveFrom,
      note: b.note,
    });
    return insertDraftBenchmark(tx, actor, meta, input, now, state.seriesId);
  });
  return getBenchmark(ctx, actor, created);
}
