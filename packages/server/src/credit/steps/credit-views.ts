/** Credit records as DTOs, and the checks every credit step shares: the party's own record, the department's record. */
import type { CreditCase, CreditRecord, PenaltyKind, PublicCreditRecord } from '@rouxing/contracts';
import { type Actor, ArrangementMissing, can, shanghaiToday } from '@rouxing/domain';
import { loadWorkCalendar } from '../../calendar/work-calendar';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { findEntityByUscc } from '../../entities/entity.repository';
import { AppError, forbidden, notFound } from '../../errors';
import { type CreditCaseRow, type CreditRecordRow, creditCasesOfRecords, findCreditRecord } from '../credit-record.repository';

type RecordCore = Omit<CreditRecord, 'repairs' | 'objections' | 'today'>;

export function recordCore(r: CreditRecordRow): RecordCore {
  return {
    id: r.id,
    decisionId: r.decisionId,
    departmentId: r.departmentId,
    department: r.department,
    entityId: r.entityId,
    entityName: r.entityName,
    uscc: r.uscc,
    documentNo: r.documentNo,
    violationName: r.violationName,
    penalties: r.penalties as PenaltyKind[],
    fineYuan: r.fineYuan,
    decidedOn: r.decidedOn,
    fulfilledOn: r.fulfilledOn,
    severity: r.severity,
    severityBasis: r.severityBasis,
    status: r.status,
    minEnd: r.minEnd,
    repairEligibleFrom: r.repairEligibleFrom,
    maxEnd: r.maxEnd,
    regime: r.regime,
    endedOn: r.endedOn,
  };
}

const open = (c: CreditCaseRow) => c.status === 'applied' || c.status === 'filed';

export function creditCaseDto(c: CreditCaseRow, record: CreditRecordRow, today: string): CreditCase {
  return {
    kind: c.kind,
    id: c.id,
    status: c.status,
    record: recordCore(record),
    statement: c.statement,
    materials: c.materials,
    appliedAt: c.appliedAt,
    dueOn: c.dueOn,
    overdue: open(c) && c.dueOn < today,
    decidedAt: c.decidedAt,
    reason: c.reason,
  };
}

export async function recordDtos(
  db: Queryable,
  regionCode: string,
  rows: readonly CreditRecordRow[],
  today: string,
): Promise<CreditRecord[]> {
  const cases = await creditCasesOfRecords(
    db,
    regionCode,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = cases.filter((c) => c.recordId === r.id);
    const summary = (c: CreditCaseRow) => ({
      id: c.id,
      appliedAt: c.appliedAt,
      dueOn: c.dueOn,
      overdue: open(c) && c.dueOn < today,
      decidedAt: c.decidedAt,
      reason: c.reason,
    });
    return {
      ...recordCore(r),
      today,
      repairs: mine
        .filter((c) => c.kind === 'repair')
        .map((c) => ({ ...summary(c), status: c.status as CreditRecord['repairs'][number]['status'] })),
      objections: mine
        .filter((c) => c.kind === 'objection')
        .map((c) => {
          const { appliedAt, ...rest } = summary(c);
          return { ...rest, filedAt: appliedAt, grounds: c.statement, status: c.status as CreditRecord['objections'][number]['status'] };
        }),
    };
  });
}

export function publicRecordDto(r: CreditRecordRow): PublicCreditRecord {
  return {
    id: r.id,
    entityName: r.entityName ?? '',
    uscc: r.uscc ?? '',
    department: r.department,
    documentNo: r.documentNo,
    violationName: r.violationName,
    penalties: r.penalties as PenaltyKind[],
    fineYuan: r.fineYuan,
    decidedOn: r.decidedOn,
    severity: r.severity,
    minEnd: r.minEnd,
    maxEnd: r.maxEnd,
    underObjection: r.underObjection,
  };
}

/** The enterprise's own entity (its account acts for one), or 404. */
export async function ownEntity(ctx: AppContext, actor: Actor, db: Queryable = ctx.db) {
  if (!can(actor, 'credit.apply') || !actor.entityUscc) {
    throw forbidden('只有企业账号可以查看本企业的信用信息、申请信用修复或提出异议');
  }
  const e = await findEntityByUscc(db, actor.regionCode, actor.entityUscc);
  if (!e) {
    throw notFound('市场主体');
  }
  return e;
}

/** The party's own record (another entity's is 404). */
export async function ownRecord(tx: Queryable, ctx: AppContext, actor: Actor, id: string, forUpdate = false): Promise<CreditRecordRow> {
  const e = await ownEntity(ctx, actor, tx);
  const r = await findCreditRecord(tx, actor.regionCode, id, forUpdate);
  if (!r || r.entityId !== e.id) {
    throw notFound('失信信息');
  }
  return r;
}

/** The last day for a decision `days` working days from today (work calendar); a year without an arrangement refuses. */
export async function workdaysFromToday(ctx: AppContext, days: number, what: string): Promise<string> {
  const today = shanghaiToday(ctx.now());
  try {
    return (await loadWorkCalendar(ctx.db)).addWorkdays(today, days);
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      throw new AppError('CALENDAR.ARRANGEMENT_MISSING', `${what}（${days}个工作日）涉及的年份尚未录入节假日安排，请系统管理员先录入`, [
        { path: 'calendar', message: err.message },
      ]);
    }
    throw err;
  }
}
