/** The repairs and objections a department decides (the Judicial Bureau sees every department's). */
import type { CreditCase } from '@rouxing/contracts';
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listScope } from '../access';
import { creditCasesOfDepartment, findCreditRecords } from '../credit-record.repository';
import { creditCaseDto } from '../steps/credit-views';

export async function listCreditCases(
  ctx: AppContext,
  actor: Actor,
  q: { kind?: 'repair' | 'objection'; open?: boolean },
): Promise<{ items: CreditCase[] }> {
  if (!can(actor, 'credit.review') && !can(actor, 'credit.configure')) {
    throw forbidden('无权查看信用修复和异议申诉');
  }
  const scope = listScope(actor);
  if (scope === 'none') {
    return { items: [] };
  }
  const today = shanghaiToday(ctx.now());
  const rows = await creditCasesOfDepartment(ctx.db, actor.regionCode, scope, q);
  const records = await findCreditRecords(ctx.db, actor.regionCode, [...new Set(rows.map((c) => c.recordId))]);
  const items: CreditCase[] = [];
  for (const c of rows) {
    const r = records.get(c.recordId);
    if (r) {
      items.push(creditCaseDto(c, r, today));
    }
  }
  return { items };
}
