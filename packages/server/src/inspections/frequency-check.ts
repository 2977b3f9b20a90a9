/**
 * The frequency rules of a plan (domain `checkPlan`; 常政办发〔2025〕5号 第十二项 白名单企业"一年最多查一次", 常政办发〔2025〕5号 第十五项
 * 减少多头检查、重复检查) against the entity's other plans, at creation and again at approval.
 */
import {
  type Actor,
  checkPlan,
  DEFAULT_FREQUENCY_CONFIG,
  type FrequencyCheck,
  type FrequencyConfig,
  type FrequencyRefusal,
  type PlanUnderCheck,
} from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import { entityCell } from '../credit-supervision/steps/entity-cell';
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import { appendAudit } from '../records/audit.repository';
import { entityWhitelisted } from './inspection-entity.repository';
import { plansOfEntity } from './inspection-plan.repository';

/**
 * The routine cap of the entity's cell of the credit matrix (常政办发〔2025〕5号 第十三项: "依据市场主体不同领域特点和风险
 * 程度确定监管内容、方式和频次"): its `maxRoutinePerYear` per department, none where the cell sets none.
 */
async function frequencyConfig(db: Queryable, regionCode: string, plan: PlanUnderCheck): Promise<FrequencyConfig> {
  const { cell } = await entityCell(db, regionCode, plan.entityId, plan.windowFrom);
  return { ...DEFAULT_FREQUENCY_CONFIG, routineCapPerDepartment: cell.maxRoutinePerYear ?? Number.MAX_SAFE_INTEGER };
}

/** Loads what the rules read (the whitelist, the entity's plans around the plan's year, its matrix cell) and asks the domain. */
export async function checkFrequency(
  db: Queryable,
  regionCode: string,
  plan: PlanUnderCheck,
  stage: 'creation' | 'approval',
): Promise<FrequencyCheck> {
  const whitelisted = await entityWhitelisted(db, regionCode, plan.entityId);
  const history = await plansOfEntity(db, regionCode, plan.entityId, Number(plan.windowFrom.slice(0, 4)));
  return checkPlan(plan, { stage, whitelisted, history }, await frequencyConfig(db, regionCode, plan));
}

/**
 * The refusal, 422 with the first rule's code: its sentence and what the user can do, and one field per
 * rule that refuses (`frequency.<rule>`).
 */
export function frequencyRefused(refusals: readonly FrequencyRefusal[]): AppError {
  const first = refusals[0] as FrequencyRefusal;
  return new AppError(
    first.code,
    `${first.message}。${first.remedy}`,
    refusals.map((x) => ({ path: `frequency.${x.rule}`, message: `${x.message}。${x.remedy}` })),
  );
}

/** A refused plan is not stored, but the refusal is counted (重复检查被拦截) in the audit log. */
export async function auditFrequencyRefusal(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  entityId: string,
  refusals: readonly FrequencyRefusal[],
): Promise<void> {
  await appendAudit(ctx.db, {
    regionCode: actor.regionCode,
    actor: { id: actor.userId, name: actor.displayName },
    action: 'inspection.refused',
    objectType: 'entity',
    objectId: entityId,
    result: 'failure',
    sourceIp: meta.sourceIp,
    details: { rules: refusals.map((x) => `frequency.${x.rule}`) },
    occurredAt: ctx.now().toISOString(),
  });
}
