/**
 * The demo's issued decisions (常政办发〔2025〕5号 第五项、第十五项) through the product's write path, so the demo shows
 * credit records: the enterprise account's entity has two decisions of 交通运输局 (which penalised it before — its
 * first offence before 市场监管 stands), one repairable today and one whose minimum publicity ends today (repair
 * possible tomorrow; its reviewer is `reviewer3`); two 市场监管 decisions of other entities are flagged (纠正事项).
 */
import { type IssuedDecisionInput, IssuedDecisionInputSchema } from '@rouxing/contracts';
import { addDays, addMonths, publicity, shanghaiToday } from '@rouxing/domain';
import { findUserByUsername } from '../auth/user.repository';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { createRechecker } from '../credit/steps/rechecker';
import { storeDecisions } from '../credit/steps/store-decisions';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { Queryable } from '../db/database';

const AUTHORITY: Record<'SCJG' | 'JTYS', string> = { SCJG: '常宁市市场监督管理局', JTYS: '常宁市交通运输局' };

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
    // A fine above the on-the-spot amount (a general record), inside the benchmark's 1,500–3,500 yuan.
    {
      documentNo: `常交罚〔${year}〕D1号`,
      partyType: 'legal_person',
      uscc: parties.enterpriseUscc,
      violationCode: 'JT-001',
      facts: facts(tomorrowOn),
      penalties: ['fine'],
      fineYuan: 3500,
      decidedOn: tomorrowOn,
      fulfilledOn: addDays(tomorrowOn, 10),
    },
    {
      documentNo: `常交罚〔${year}〕D2号`,
      partyType: 'legal_person',
      uscc: parties.enterpriseUscc,
      violationCode: 'JT-001',
      facts: facts(earlierOn),
      penalties: ['fine'],
      fineYuan: 3200,
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

/** Stores one department's demo decisions through the re-check and the one write path, as its reviewer. */
async function storeAs(
  tx: Queryable,
  dept: 'SCJG' | 'JTYS',
  o: { regionCode: string; departmentId: string; username: string; crypto: FieldCrypto; nowIso: string; today: string },
  inputs: readonly IssuedDecisionInput[],
): Promise<void> {
  const reviewer = await findUserByUsername(tx, o.username);
  if (!reviewer || inputs.length === 0) {
    return;
  }
  const authority = AUTHORITY[dept];
  const rechecker = createRechecker(tx, {
    regionCode: o.regionCode,
    departmentId: o.departmentId,
    authority,
    today: o.today,
    fieldCrypto: o.crypto,
  });
  const { prepared, problems } = await rechecker.prepare(
    inputs.map((v, i) => ({ rowNo: i + 1, values: IssuedDecisionInputSchema.parse(v) })),
  );
  if (problems.length > 0) {
    throw new Error(`demo decisions: ${problems.map((p) => p.message).join('；')}`);
  }
  let dueOn: string;
  try {
    dueOn = (await loadWorkCalendar(tx)).addWorkdays(o.today, 15);
  } catch {
    dueOn = addDays(o.today, 21);
  }
  await storeDecisions(
    tx,
    { userId: reviewer.id, displayName: reviewer.displayName },
    prepared,
    { regionCode: o.regionCode, departmentId: o.departmentId, authority, source: 'import', importJobId: null, dueOn, now: o.nowIso },
    { type: 'demo_seed', id: o.departmentId },
  );
}

export async function seedCreditDecisions(
  tx: Queryable,
  regionCode: string,
  deptIds: Map<string, string>,
  parties: { enterpriseUscc: string; otherUsccs: string[] },
  crypto: FieldCrypto,
  nowIso: string,
): Promise<void> {
  const today = shanghaiToday(new Date(nowIso));
  const inputs = demoDecisionInputs(today, parties);
  for (const [dept, username] of [
    ['JTYS', 'reviewer3'],
    ['SCJG', 'reviewer'],
  ] as const) {
    const departmentId = deptIds.get(dept);
    const mine = inputs.filter((d) => d.violationCode.startsWith(dept === 'JTYS' ? 'JT-' : 'SC-'));
    if (departmentId) {
      await storeAs(tx, dept, { regionCode, departmentId, username, crypto, nowIso, today }, mine);
    }
  }
}
