/**
 * The department draws the share of its answered self-inspections to verify on site (承诺式检查,
 * 常政办发〔2025〕5号 第十三项), reproducibly like the 双随机 draws: the seed (given, or picked and then stored and shown) and the
 * pool are kept, so that `drawOnSite(pool, share, seed)` gives the same choice to anyone.
 */
import { randomInt } from 'node:crypto';
import { type SelfInspectionDrawResult, SelfInspectionDrawSchema } from '@rouxing/contracts';
import { type Actor, drawOnSite } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findDraw, insertDraw, undrawnAnswered } from '../self-inspection.repository';
import { officerDepartment } from '../steps/self-inspection-views';

export async function drawSelfInspections(
  ctx: AppContext,
  actor: Actor,
  body: unknown,
  meta: RequestMeta,
): Promise<SelfInspectionDrawResult> {
  const departmentId = officerDepartment(actor);
  const input = SelfInspectionDrawSchema.parse(body);
  const seed = input.seed ?? randomInt(0, 2_147_483_647);
  const now = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const pool = await undrawnAnswered(tx, actor.regionCode, departmentId);
    if (pool.length === 0) {
      throw refused('CREDIT.NOTHING_TO_DRAW', '本部门没有待抽取现场核查的已作答承诺式检查', 'share');
    }
    const chosen = drawOnSite(pool, input.share, seed);
    await insertDraw(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId,
      seed,
      share: input.share,
      pool: [...pool].sort(),
      chosen,
      userId: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'self_inspection_draw',
      aggregateId: id,
      type: 'self_inspection.drawn',
      payload: { seed, share: input.share, pool: pool.length, chosen },
    });
  });
  return await getSelfInspectionDraw(ctx, actor, id);
}

export async function getSelfInspectionDraw(ctx: AppContext, actor: Actor, id: string): Promise<SelfInspectionDrawResult> {
  const d = await findDraw(ctx.db, actor.regionCode, id);
  if (!d || (!actor.roles.includes('supervisor') && d.departmentId !== actor.departmentId)) {
    throw notFound('现场核查抽取');
  }
  return { id: d.id, seed: d.seed, share: d.share, pool: d.pool, chosen: d.chosen, drawnAt: d.drawnAt };
}
