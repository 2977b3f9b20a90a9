import type { CaseDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { caseMaterials } from '../case-material.repository';
import { takeStep } from '../steps/take-step';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';
import { getCase } from './get-case';

/**
 * 常政办发〔2025〕5号 第九项: 柔性执法实施完毕或者终止后，应当及时做好收集整理、案卷归档工作 — the domain checks the case file is
 * complete; archiving freezes it, and the event lists every material with its hash.
 */
export async function archiveCase(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const materials = await caseMaterials(tx, row.regionCode, row.id);
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'archive',
      input: { on: today(ctx), materials: materials.map((m) => ({ item: m.item, measureId: m.measureId })) },
      payload: { materials: materials.map((m) => ({ item: m.item, measureId: m.measureId, sha256: m.fileSha256 })) },
    });
  });
  return getCase(ctx, actor, id);
}
