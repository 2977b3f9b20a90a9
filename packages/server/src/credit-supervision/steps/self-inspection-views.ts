/** Self-inspections (承诺式检查) as DTOs, and who may see one: its department (the Judicial Bureau: all), or its enterprise. */
import type { SelfInspection } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { ownEntity } from '../../credit/steps/credit-views';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { findSelfInspection, type SelfInspectionRow } from '../self-inspection.repository';

export function selfInspectionDto(r: SelfInspectionRow): SelfInspection {
  return {
    id: r.id,
    documentNo: r.documentNo,
    departmentId: r.departmentId,
    department: r.department,
    entityId: r.entityId,
    entityName: r.entityName,
    uscc: r.uscc,
    itemName: r.itemName,
    checklist: r.checklist,
    status: r.status,
    grade: r.basis.grade,
    risk: r.basis.risk,
    createdAt: r.createdAt,
    answers: r.answers,
    commitmentSignedAt: r.commitmentSignedAt,
    drawId: r.drawId,
    drawSeed: r.drawSeed,
    findings: r.findings,
    verifiedOn: r.verifiedOn,
    falseItems: r.falseItems,
    creditRecordId: r.creditRecordId,
  };
}

/** An officer's department (承诺式检查 is sent, drawn and verified by the department that plans inspections). */
export function officerDepartment(actor: Actor): string {
  if (!can(actor, 'inspection.plan') || !actor.departmentId) {
    throw forbidden('只有执法部门的检查人员可以发起、抽取和核查承诺式检查');
  }
  return actor.departmentId;
}

/** The department's self-inspection (another department's is 404; the Judicial Bureau reads every one). */
export async function departmentSelfInspection(db: Queryable, actor: Actor, id: string, forUpdate = false): Promise<SelfInspectionRow> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看承诺式检查');
  }
  const r = await findSelfInspection(db, actor.regionCode, id, forUpdate);
  const all = actor.roles.includes('supervisor') && !forUpdate;
  if (!r || (!all && r.departmentId !== actor.departmentId)) {
    throw notFound('承诺式检查');
  }
  return r;
}

/** The enterprise's own self-inspection (another entity's is 404). */
export async function ownSelfInspection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  db: Queryable = ctx.db,
  forUpdate = false,
): Promise<SelfInspectionRow> {
  const e = await ownEntity(ctx, actor, db);
  const r = await findSelfInspection(db, actor.regionCode, id, forUpdate);
  if (!r || r.entityId !== e.id) {
    throw notFound('承诺式检查');
  }
  return r;
}
