import type { ServiceOffsetRuleView } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { findServiceOffsetRule } from '../service-offset-rule.repository';

/** The actor's department's published 公益抵罚 rule (常政办发〔2025〕5号 第五项), or null. */
export async function getServiceOffsetRule(ctx: AppContext, actor: Actor): Promise<ServiceOffsetRuleView | null> {
  return (await findServiceOffsetRule(ctx.db, actor.regionCode, actor.departmentId)) ?? null;
}
