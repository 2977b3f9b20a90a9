/**
 * What anyone scanning an inspection code sees, without a login (常政办发〔2025〕5号 第十五项: 入企扫码登记):
 * whether the code is genuine and valid today, the department, the approved items and window, and the officers
 * with their 执法证号 — enough to recognise them, nothing private.
 */
import type { CodeView } from '@rouxing/contracts';
import { inspectionCodeState, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { findDepartmentLetterhead } from '../../departments/department.repository';
import { findPlan } from '../inspection-plan.repository';
import { planItems, planOfficers } from '../plan-details.repository';

const EMPTY_VIEW: Omit<CodeView, 'state' | 'message'> = {
  departmentName: null,
  departmentPhone: null,
  entityName: null,
  windowFrom: null,
  windowTo: null,
  type: null,
  items: [],
  officers: [],
  checkedInAt: null,
  checkedOutAt: null,
  planId: null,
};

export async function viewCode(ctx: AppContext, token: string): Promise<CodeView> {
  const v = ctx.codeSigner.verify(token);
  if (!v.ok) {
    return { ...EMPTY_VIEW, state: 'invalid', message: '检查码无效：无法验证签名，可能被篡改或伪造。请拒绝检查并拨打12345反映。' };
  }
  const plan = await findPlan(ctx.db, v.payload.r, v.payload.p);
  if (!plan) {
    return { ...EMPTY_VIEW, state: 'invalid', message: '检查码无效：查无此检查计划。' };
  }
  const [items, officers, department] = await Promise.all([
    planItems(ctx.db, plan.regionCode, plan.id),
    planOfficers(ctx.db, plan.regionCode, plan.id),
    findDepartmentLetterhead(ctx.db, plan.regionCode, plan.departmentId),
  ]);
  const base = {
    departmentName: plan.departmentName,
    departmentPhone: department?.contactPhone || null,
    entityName: plan.entityName,
    windowFrom: plan.windowFrom,
    windowTo: plan.windowTo,
    type: plan.type,
    items: items.map((i) => ({ name: i.name, legalBasis: i.legalBasis })),
    officers: officers.map((o) => ({ displayName: o.displayName, certificateNo: o.certificateNo, departmentName: o.departmentName })),
    checkedInAt: plan.checkedInAt,
    checkedOutAt: plan.checkedOutAt,
    planId: plan.id,
  };
  return { ...base, ...inspectionCodeState(plan, shanghaiToday(ctx.now())) };
}
