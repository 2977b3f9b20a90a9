import type { PriorViolationRecord } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { notFound } from '../../../errors';
import { requireRulesRead } from '../../access';
import { isRegisteredEntity, sanctionRecordsOf } from '../../sanction-record.repository';

/** The decisions on record against a registered entity, newest first (for the first-offence test). */
export async function listPriorViolations(ctx: AppContext, actor: Actor, entityId: string): Promise<PriorViolationRecord[]> {
  requireRulesRead(actor);
  if (!(await isRegisteredEntity(ctx.db, actor.regionCode, entityId))) {
    throw notFound('市场主体');
  }
  return sanctionRecordsOf(ctx.db, actor.regionCode, entityId);
}
