import type { PersonLookup } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { isStaff } from '../../cases/scope';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { findPersonByHash } from '../person.repository';
import { toPersonView } from '../person-view';
import { checkedIdNumber } from '../steps/resolve-person';

/** An officer finds a natural person of the region by the full 公民身份号码 (matched by its keyed hash; answered masked). */
export async function lookupPerson(ctx: AppContext, actor: Actor, idNumber: string): Promise<PersonLookup> {
  if (!isStaff(actor)) {
    throw forbidden('须由执法部门工作人员查询当事人');
  }
  const { normalized } = checkedIdNumber(idNumber, 'idNumber');
  const p = await findPersonByHash(ctx.db, actor.regionCode, ctx.fieldCrypto.lookupHash(normalized));
  return { person: p ? toPersonView(p) : null };
}
