import type { BenchmarkUpdate, DiscretionBenchmark } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError } from '../../../errors';
import { recordChange } from '../../../records/record-change';
import { requireBenchmarkDraftRights } from '../../access';
import { updateDraftBenchmark } from '../../benchmark.repository';
import { requireCatalogued } from '../../steps/insert-draft-benchmark';
import { lockForAction } from '../../steps/lock-version';
import { BENCHMARK_KIND } from '../../steps/review-kinds';
import { getBenchmark } from './get-benchmark';

/** Edits a draft benchmark (only a draft: `BENCHMARK.PUBLISHED_IMMUTABLE`); optimistic on `revision` (409). */
export async function updateBenchmark(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: BenchmarkUpdate,
  meta: RequestMeta,
): Promise<DiscretionBenchmark> {
  const { revision, ...fields } = input;
  requireBenchmarkDraftRights(actor, fields.departmentId);
  await requireCatalogued(ctx.db, actor.regionCode, fields.violationCode);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, BENCHMARK_KIND, actor, id, 'edit');
    if (!(await updateDraftBenchmark(tx, actor.regionCode, id, revision, fields, now))) {
      throw new AppError('CONFLICT.VERSION', '该裁量基准已被他人修改，请刷新后重试');
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'benchmark',
      aggregateId: id,
      type: 'benchmark.edited',
      payload: { version: state.version, fine: fields.fine, tiers: fields.tiers },
    });
  });
  return getBenchmark(ctx, actor, id);
}
