import type { ServiceOffsetRuleInput, ServiceOffsetRuleView } from '@rouxing/contracts';
import { type Actor, serviceOffsetRuleProblems } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError, validationError } from '../../../errors';
import { recordChange } from '../../../records/record-change';
import { requireReviewer } from '../../scope';
import { departmentCode, saveServiceOffsetRule } from '../service-offset-rule.repository';
import { getServiceOffsetRule } from './get-service-offset-rule';

/** The field a department's code names: only these may publish a rule. */
const FIELD_OF: Record<string, string> = { GA: 'public_security', JTYS: 'transport' };

/**
 * 常政办发〔2025〕5号 第五项: 鼓励在公安、交通领域实施"公益抵罚" — a reviewer of a public-security or transport department publishes
 * its conversion rule (checked by the domain).
 */
export async function setServiceOffsetRule(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: ServiceOffsetRuleInput,
): Promise<ServiceOffsetRuleView | null> {
  const departmentId = requireReviewer(actor, '公布公益抵罚折抵规则');
  if (FIELD_OF[(await departmentCode(ctx.db, actor.regionCode, departmentId)) ?? ''] !== input.field) {
    throw new AppError('OFFSET.FIELD_NOT_ALLOWED', '公益抵罚仅在公安、交通领域实施，本部门不能公布折抵规则（常政办发〔2025〕5号 第五项）', [
      { path: 'field', message: '本部门不属于公安或交通运输部门' },
    ]);
  }
  const problems = serviceOffsetRuleProblems({ ...input, departmentId });
  if (problems.length > 0) {
    throw validationError(problems.map((message) => ({ path: 'rule', message })));
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await saveServiceOffsetRule(tx, actor.regionCode, departmentId, input, { userId: actor.userId, at: now });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: departmentId,
      type: 'service_offset_rule.published',
      payload: input,
    });
  });
  return getServiceOffsetRule(ctx, actor);
}
