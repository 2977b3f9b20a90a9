/**
 * 双随机一公开 (常政办发〔2025〕5号 第十三项): the department's head or legal reviewer draws entities from a frozen
 * pool (its region, optionally one industry) with a sampling ratio per credit grade — a better grade sampled
 * less — leaving out whitelisted entities and those at the department's yearly cap, and two officers per
 * inspection at random, leaving out declared conflicts (回避). The seed and the pool's fingerprint are
 * published with the result, so anyone can re-run the draw.
 */
import { randomInt } from 'node:crypto';
import type { RandomDrawInput, RandomDrawResult } from '@rouxing/contracts';
import {
  type Actor,
  can,
  DEFAULT_RANDOM_DRAW_CONFIG,
  type RandomDrawConfig,
  randomDrawConfigProblems,
  shanghaiToday,
} from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { drawOfficersFor } from '../draw-officers';
import { drawFromPool, snapshotDrawPool } from '../draw-pool';
import { findDraw, insertDraw, insertDrawEntries } from '../random-draw.repository';

export async function runRandomDraw(ctx: AppContext, actor: Actor, input: RandomDrawInput, meta: RequestMeta): Promise<RandomDrawResult> {
  if (!can(actor, 'inspection.approve') || !actor.departmentId) {
    throw forbidden('只有部门负责人或法制审核人员可以组织双随机抽查');
  }
  const config: RandomDrawConfig = { ...DEFAULT_RANDOM_DRAW_CONFIG, ratios: input.ratios };
  const problems = randomDrawConfigProblems(config);
  if (problems.length > 0) {
    throw validationError(problems.map((message) => ({ path: 'ratios', message })));
  }
  const seed = input.seed ?? randomInt(0, 0xffff_ffff);
  const departmentId = actor.departmentId;
  const year = Number(shanghaiToday(ctx.now()).slice(0, 4));
  const now = ctx.now().toISOString();
  const frozen = await ctx.db.transaction((tx) => snapshotDrawPool(tx, actor.regionCode, departmentId, input.industryPrefix, year, now));
  const { draw, entityIds } = await drawFromPool(ctx.db, actor.regionCode, frozen.poolId, seed, config);
  const officers = await drawOfficersFor(ctx.db, actor.regionCode, departmentId, entityIds, seed, config, shanghaiToday(ctx.now()));
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertDraw(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId,
      input,
      seed,
      draw,
      poolFingerprint: frozen.fingerprint,
      createdBy: { id: actor.userId, name: actor.displayName },
      createdAt: now,
    });
    await insertDrawEntries(
      tx,
      actor.regionCode,
      id,
      entityIds.map((entityId, i) => ({ entityId, ...(officers[i] ?? { officerIds: [], officerNames: [] }) })),
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'random_draw',
      aggregateId: id,
      type: 'random_draw.drawn',
      payload: {
        seed,
        industryPrefix: input.industryPrefix,
        ratios: input.ratios,
        poolSize: draw.poolSize,
        poolFingerprint: frozen.fingerprint,
        drawn: entityIds.length,
      },
    });
  });
  return findDraw(ctx.db, actor.regionCode, id);
}
