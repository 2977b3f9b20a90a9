/**
 * The inspection code (检查码) of a plan: a signed token (Ed25519) and the public address a phone opens when it
 * scans it — from approval (an emergency plan: from the start) to the end of the visit (常政办发〔2025〕5号
 * 常政办发〔2025〕5号 第十五项: 入企扫码登记).
 */
import type { InspectionCode } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { visiblePlan } from '../plan-scope';
import { planActionRefused } from '../plan-step';

/** `origin`: this server's public address as the request reached it (`https://host`). */
export async function getPlanCode(ctx: AppContext, actor: Actor, id: string, origin: string): Promise<InspectionCode> {
  const plan = await visiblePlan(ctx.db, actor, id);
  const step = applyPlanAction(plan, 'issue_code', shanghaiToday(ctx.now()));
  if (!step.ok) {
    throw planActionRefused(step);
  }
  const token = ctx.codeSigner.sign({ r: plan.regionCode, p: plan.id, f: plan.windowFrom, t: plan.windowTo });
  return { token, url: `${origin}/v/${encodeURIComponent(token)}` };
}
