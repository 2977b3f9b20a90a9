import type { PriorViolationRecord } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { checkedIdNumber } from '../../../parties/steps/resolve-person';
import { requireRulesRead } from '../../access';
import { sanctionRecordsOfPerson } from '../../sanction-record.repository';

/**
 * The decisions on record against a natural person, newest first (the first-offence test): matched by the keyed
 * hash of the 公民身份号码 (FieldCrypto.lookupHash), whether or not the person was ever a party here.
 */
export async function listPersonPriorViolations(ctx: AppContext, actor: Actor, idNumber: string): Promise<PriorViolationRecord[]> {
  requireRulesRead(actor);
  const { normalized } = checkedIdNumber(idNumber, 'idNumber');
  return sanctionRecordsOfPerson(ctx.db, actor.regionCode, ctx.fieldCrypto.lookupHash(normalized));
}
