/** A benchmark version as a draft with its event: version 1 of a new series, or the next version of `seriesId`. */
import type { BenchmarkInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { insertBenchmark } from '../benchmark.repository';
import { nextVersionOf } from '../review.repository';
import { findViolationItemsByCode } from '../violation-item.repository';

export async function insertDraftBenchmark(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  input: BenchmarkInput,
  now: string,
  seriesId?: string,
): Promise<string> {
  const id = newId();
  const series = seriesId ?? id;
  const version = seriesId ? await nextVersionOf(tx, 'discretion_benchmarks', actor.regionCode, series) : 1;
  await insertBenchmark(
    tx,
    { ...input, regionCode: actor.regionCode, id, seriesId: series, version, createdBy: { id: actor.userId, name: actor.displayName } },
    now,
  );
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'benchmark',
    aggregateId: id,
    type: 'benchmark.drafted',
    toState: 'draft',
    payload: { violationCode: input.violationCode, level: input.level, version, fine: input.fine, tiers: input.tiers },
  });
  return id;
}

/** A benchmark is set for an item of the region's catalogue (行政处罚法 第三十四条: per violation). */
export async function requireCatalogued(db: Queryable, regionCode: string, code: string): Promise<void> {
  const items = await findViolationItemsByCode(db, regionCode, [code]);
  if (!items.has(code)) {
    throw validationError([{ path: 'violationCode', message: `违法行为编码 ${code} 不在本地区违法行为目录中` }]);
  }
}
