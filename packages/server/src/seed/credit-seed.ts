/**
 * The demo's issued decisions (常政办发〔2025〕5号 第五项、第十五项) through the product's write path, so the demo shows
 * credit records: the enterprise account's entity has one record repairable today and one whose minimum publicity
 * ends today (repair possible tomorrow); two decisions of other entities are flagged by the re-check (纠正事项).
 */
import { type IssuedDecisionInput, IssuedDecisionInputSchema } from '@rouxing/contracts';
import { addDays, addMonths, publicity, shanghaiToday } from '@rouxing/domain';
import { findUserByUsername } from '../auth/user.repository';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { createRechecker } from '../credit/steps/rechecker';
import { storeDecisions } from '../credit/steps/store-decisions';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { Queryable } from '../db/database';

const SCJG_NAME = '常宁市市场监督管理局';

/** The decision date whose repair becomes possible on `day` (a general record: 3 months, 国家发展改革委令第36号). */
export function decidedOnForRepairFrom(day: string): string {
  for (let d = addMonths(day, -4); d < day; d = addDays(d, 1)) {
    if (publicity({ decidedOn: d, severity: 'general', system: 'creditchina' }).repairEligibleFrom === day) {
      return d;
    }
  }
  return addMonths(day, -3);
}

const facts = (decidedOn: string, minor = false) => ({
  occurredOn: addDays(decidedOn, -40),
  discoveredOn: addDays(decidedOn, -30),
  harm: minor ? ('none' as const) : ('ordinary' as const),
  minorViolation: minor,
  correctedInTime: minor,
  firstOffense: false,
});

/** Two decisions of the enterprise (repairable today and tomorrow) and two flagged ones of other entities. */
function demoDecisionInputs(today: string, parties: { enterpriseUscc: string; otherUsccs: string[] }): IssuedDecisionInput[] {
  const year = today.slice(0, 4);
  const tomorrowOn = decidedOnForRepairFrom(addDays(today, 1));
  const earlierOn = addMonths(today, -5);
  const [a, b] = parties.otherUsccs;
  const inputs: IssuedDecisionInput[] = [
    // Fine and confiscation: a general record (not the small-fine minor rule), inside the benchmark.
    {
      documentNo: `常市监罚〔${year}〕D1号`,
      partyType: 'legal_person',
      uscc: parties.enterpriseUscc,
      violationCode: 'SC-FOOD-001',
      facts: facts(tomorrowOn),
      penalties: ['fine', 'confiscation_of_illegal_gains'],
      fineYuan: 1000,
      decidedOn: tomorrowOn,
      fulfilledOn: addDays(tomorrowOn, 10),
    },
    {
      documentNo: `常市监罚〔${year}〕D2号`,
      partyType: 'legal_person',
      uscc: parties.enterpriseUscc,
      violationCode: 'SC-FOOD-001',
      facts: facts(earlierOn),
      penalties: ['fine', 'confiscation_of_illegal_gains'],
      fineYuan: 800,
      decidedOn: earlierOn,
      fulfilledOn: addDays(earlierOn, 12),
    },
  ];
  if (a && b) {
    inputs.push(
      {
        documentNo: `常市监罚〔${year}〕D3号`,
        partyType: 'legal_person',
        uscc: a,
        violationCode: 'SC-FOOD-001',
        facts: facts(addDays(today, -20), true),
        penalties: ['fine'],
        fineYuan: 600,
        decidedOn: addDays(today, -20),
        fulfilledOn: null,
      },
      {
        documentNo: `常市监罚〔${year}〕D4号`,
        partyType: 'legal_person',
        uscc: b,
        violationCode: 'SC-FOOD-001',
        facts: facts(addDays(today, -15)),
        penalties: ['fine'],
        fineYuan: 1900,
        decidedOn: addDays(today, -15),
        fulfilledOn: null,
      },
    );
  }
  return inputs;
}

export async function seedCreditDecisions(
  tx: Queryable,
  regionCode: string,
  deptIds: Map<string, string>,
  parties: { enterpriseUscc: string; otherUsccs: string[] },
  crypto: FieldCrypto,
  nowIso: string,
): Promise<void> {
  const departmentId = deptIds.get('SCJG');
  const reviewer = await findUserByUsername(tx, 'reviewer');
  if (!departmentId || !reviewer) {
    return;
  }
  const today = shanghaiToday(new Date(nowIso));
  const inputs = demoDecisionInputs(today, parties);
  const rechecker = createRechecker(tx, { regionCode, departmentId, authority: SCJG_NAME, today, fieldCrypto: crypto });
  const { prepared, problems } = await rechecker.prepare(
    inputs.map((v, i) => ({ rowNo: i + 1, values: IssuedDecisionInputSchema.parse(v) })),
  );
  if (problems.length > 0) {
    throw new Error(`demo decisions: ${problems.map((p) => p.message).join('；')}`);
  }
  let dueOn: string;
  try {
    dueOn = (await loadWorkCalendar(tx)).addWorkdays(today, 15);
  } catch {
    dueOn = addDays(today, 21);
  }
  await storeDecisions(
    tx,
    { userId: reviewer.id, displayName: reviewer.displayName },
    prepared,
    { regionCode, departmentId, authority: SCJG_NAME, source: 'import', importJobId: null, dueOn, now: nowIso },
    { type: 'demo_seed', id: departmentId },
  );
}
