/**
 * Discretion benchmarks (行政裁量基准, SPEC §11; 行政处罚法 第三十四条: 裁量基准应当向社会公布): per
 * catalogue item and level, drafted and published like the lists.
 */
import { BenchmarkInputSchema, BenchmarkUpdateSchema, type DiscretionBenchmark } from '@rouxing/contracts';
import { type Actor, can, displayStatus, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError, notFound, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { fieldsOfZodError } from '../../validation';
import { type BenchmarkRow, findBenchmark, insertBenchmark, searchBenchmarks, updateDraftBenchmark } from '../benchmark.repository';
import { nextVersionOf, openDraftOf } from '../review.repository';
import { findViolationItemsByCode } from '../violation-item.repository';
import { lockForAction, type VersionedKind } from './review-transitions';
import { requireRulesRead } from './violation-items';

export const BENCHMARK_KIND: VersionedKind = {
  table: 'discretion_benchmarks',
  aggregateType: 'benchmark',
  noun: '裁量基准',
  async content(tx, regionCode, id) {
    const b = await findBenchmark(tx, regionCode, id);
    return (
      b && {
        violationCode: b.violationCode,
        level: b.level,
        issuer: b.issuer,
        fine: b.fine,
        tiers: b.tiers,
        mitigatedFloor: b.mitigatedFloor,
        aggravating: b.aggravating,
        mitigating: b.mitigating,
        effectiveFrom: b.effectiveFrom,
        note: b.note,
      }
    );
  },
};

export function benchmarkDto(row: BenchmarkRow, today: string): DiscretionBenchmark {
  return { ...row, displayStatus: displayStatus(row.status, null, today) };
}

export async function listBenchmarks(
  ctx: AppContext,
  actor: Actor,
  q: { violationCode?: string; departmentId?: string; status?: string; page: number; pageSize: number },
) {
  requireRulesRead(actor);
  const r = await searchBenchmarks(ctx.db, actor.regionCode, q);
  const t = shanghaiToday(ctx.now());
  return { items: r.items.map((b) => benchmarkDto(b, t)), total: r.total, page: q.page, pageSize: q.pageSize };
}

export async function getBenchmark(ctx: AppContext, actor: Actor, id: string): Promise<DiscretionBenchmark> {
  requireRulesRead(actor);
  const row = await findBenchmark(ctx.db, actor.regionCode, id);
  if (!row) {
    throw notFound('裁量基准');
  }
  return benchmarkDto(row, shanghaiToday(ctx.now()));
}

async function requireItem(db: Queryable, regionCode: string, code: string): Promise<void> {
  const items = await findViolationItemsByCode(db, regionCode, [code]);
  if (!items.has(code)) {
    throw validationError([{ path: 'violationCode', message: `违法行为编码 ${code} 不在本地区违法行为目录中` }]);
  }
}

function requireDraftRights(actor: Actor, departmentId: string): void {
  if (!can(actor, 'rules.draft')) {
    throw new AppError('AUTH.FORBIDDEN', '无权起草裁量基准');
  }
  if (actor.departmentId !== departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只能起草本部门的裁量基准', [{ path: 'departmentId', message: '只能选择本部门' }]);
  }
}

export async function insertDraftBenchmark(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  input: ReturnType<typeof BenchmarkInputSchema.parse>,
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

export async function createBenchmark(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<DiscretionBenchmark> {
  const parsed = BenchmarkInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  requireDraftRights(actor, parsed.data.departmentId);
  await requireItem(ctx.db, actor.regionCode, parsed.data.violationCode);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertDraftBenchmark(tx, actor, meta, parsed.data, now));
  return getBenchmark(ctx, actor, id);
}

export async function updateBenchmark(
  ctx: AppContext,
  actor: Actor,
  id: string,
  raw: unknown,
  meta: RequestMeta,
): Promise<DiscretionBenchmark> {
  const parsed = BenchmarkUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const { revision, ...fields } = parsed.data;
  requireDraftRights(actor, fields.departmentId);
  await requireItem(ctx.db, actor.regionCode, fields.violationCode);
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

export async function newBenchmarkVersion(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<DiscretionBenchmark> {
  const now = ctx.now().toISOString();
  const created = await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, BENCHMARK_KIND, actor, id, 'new_version');
    if (await openDraftOf(tx, 'discretion_benchmarks', actor.regionCode, state.seriesId)) {
      throw new AppError('CONFLICT', '该裁量基准已有一个未发布的新版本，请先完成或退回该版本');
    }
    const b = await findBenchmark(tx, actor.regionCode, id);
    if (!b) {
      throw notFound('裁量基准');
    }
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
