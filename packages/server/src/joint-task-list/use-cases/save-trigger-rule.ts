import type { TriggerRule, TriggerRuleInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireJudicialBureau, requirePublishedItem } from '../judicial-access';
import { findTriggerRule, insertTriggerRule, updateTriggerRule } from '../task-list.repository';

/**
 * Creates (id null) or changes a trigger rule: so many signals of a source about a published non-key item within
 * the window trigger an inspection (常政办发〔2025〕5号 第四项: 一般事项实行触发式监管).
 */
export async function saveTriggerRule(
  ctx: AppContext,
  actor: Actor,
  id: string | null,
  input: TriggerRuleInput,
  meta: RequestMeta,
): Promise<TriggerRule> {
  await requireJudicialBureau(ctx, actor);
  const before = id ? await findTriggerRule(ctx.db, actor.regionCode, id) : null;
  if (id && !before) {
    throw notFound('触发规则');
  }
  const item = await requirePublishedItem(ctx, actor, input.itemId);
  if (item.key) {
    throw refused(
      'TRIGGER_RULE.KEY_ITEM',
      `“${item.name}”是重点检查事项，按固定周期检查，不设触发规则（常政办发〔2025〕5号 第四项）`,
      'itemId',
    );
  }
  const ruleId = id ?? newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (before) {
      await updateTriggerRule(tx, actor.regionCode, ruleId, input);
    } else {
      await insertTriggerRule(tx, actor.regionCode, ruleId, input);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'trigger_rule',
      aggregateId: ruleId,
      type: before ? 'trigger_rule.update' : 'trigger_rule.create',
      payload: { before, after: { ...input } },
    });
  });
  return (await findTriggerRule(ctx.db, actor.regionCode, ruleId)) as TriggerRule;
}
