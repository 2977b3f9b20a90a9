/**
 * Credit repair (信用修复, 常政办发〔2025〕5号 第五项) under 信用修复管理办法 (国家发展改革委令第36号, in force
 * 2026-04-01): the conditions an application must meet, and the records that stop other procedures while
 * a serious record is in publicity (联合惩戒, 常政办发〔2025〕5号 第十三项). Pure: the server passes the record and today.
 */
import type { CreditRecordStatus, CreditSeverity } from '@rouxing/contracts';
import { chineseDay } from '../dates/calendar';

/** What the repair rules read of a credit record. */
export interface RepairableRecord {
  documentNo: string;
  severity: CreditSeverity;
  status: CreditRecordStatus;
  /** The first day an application may be made (the day after the minimum period), null when not publicised. */
  repairEligibleFrom: string | null;
  /** The day the party fulfilled every obligation of the decision (fine paid, order complied with); null: not yet. */
  obligationsFulfilledOn: string | null;
}

/** A refusal: a stable code, the Chinese sentence, the field it concerns, and the date from which it may be tried again. */
export interface RepairRefusal {
  code: 'CREDIT.NOT_IN_PUBLICITY' | 'CREDIT.REPAIR_TOO_EARLY' | 'CREDIT.OBLIGATIONS_UNFULFILLED' | 'CREDIT.COMMITMENT_REQUIRED';
  message: string;
  path: string;
  possibleFrom?: string;
}

/**
 * Why the party may not apply today, or null. The conditions of 国家发展改革委令第36号, all of which must hold:
 * (一) the minimum publicity period has run (a minor record, where published, as soon as the obligations are
 * fulfilled); (二) the obligations of the decision are fully performed; (三) a public credit commitment is made.
 * (四) other conditions of laws and rules are the reviewer's to check with the materials.
 */
export function repairRefusal(record: RepairableRecord, today: string, commitmentSigned: boolean): RepairRefusal | null {
  if (record.status !== 'publicized') {
    return { code: 'CREDIT.NOT_IN_PUBLICITY', message: `${record.documentNo}的失信信息不在公示中，无需申请信用修复`, path: 'recordId' };
  }
  if (record.severity !== 'minor' && record.repairEligibleFrom && today < record.repairEligibleFrom) {
    return {
      code: 'CREDIT.REPAIR_TOO_EARLY',
      message: `最短公示期届满后方可申请信用修复：该信息自${chineseDay(record.repairEligibleFrom)}起可以申请`,
      path: 'recordId',
      possibleFrom: record.repairEligibleFrom,
    };
  }
  if (!record.obligationsFulfilledOn || record.obligationsFulfilledOn > today) {
    return {
      code: 'CREDIT.OBLIGATIONS_UNFULFILLED',
      message: '须先完全履行行政处罚决定规定的义务（如缴纳罚款、履行责令改正事项），并由作出决定的部门登记履行情况',
      path: 'obligationsFulfilledOn',
    };
  }
  if (!commitmentSigned) {
    return { code: 'CREDIT.COMMITMENT_REQUIRED', message: '须公开作出信用承诺：请阅读并签署信用承诺书', path: 'commitment' };
  }
  return null;
}

/** A serious record in publicity as the other procedures see it (联合惩戒). */
export interface DisciplineRecord {
  documentNo: string;
  authority: string;
  severity: CreditSeverity;
  status: CreditRecordStatus;
}

/** What a serious record in publicity blocks (常政办发〔2025〕5号 第十二项、第十三项、第十四项). */
export const DISCIPLINED_PROCEDURES = {
  whitelist: '列入白名单',
  observation_period: '给予观察期',
  self_inspection: '承诺式检查',
} as const;
export type DisciplinedProcedure = keyof typeof DISCIPLINED_PROCEDURES;

/** The refusal of `procedure` for an entity with a serious record in publicity, naming the record; null when none is. */
export function disciplineRefusal(records: readonly DisciplineRecord[], procedure: DisciplinedProcedure): string | null {
  const serious = records.find((r) => r.severity === 'serious' && r.status === 'publicized');
  if (!serious) {
    return null;
  }
  return `该主体有公示中的严重失信信息（${serious.authority} ${serious.documentNo}），不得${DISCIPLINED_PROCEDURES[procedure]}（联合惩戒）`;
}
