import type { BenchmarkInput, DiscretionBenchmark } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { requireBenchmarkDraftRights } from '../../access';
import { insertDraftBenchmark, requireCatalogued } from '../../steps/insert-draft-benchmark';
import { getBenchmark } from './get-benchmark';

/**
 * Drafts version 1 of a benchmark for a catalogued item (行政处罚法 第三十四条: 行政机关可以依法制定行政处罚
 * 裁量基准), for the actor's department.
 */
export async function createBenchmark(
  ctx: AppContext,
  actor: Actor,
  input: BenchmarkInput,
  meta: RequestMeta,
): Promise<DiscretionBenchmark> {
  requireBenchmarkDraftRights(actor, input.departmentId);
  await requireCatalogued(ctx.db, actor.regionCode, input.violationCode);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertDraftBenchmark(tx, actor, meta, input, now));
  return getBenchmark(ctx, actor, id);
}
