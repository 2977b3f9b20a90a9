/**
 * What a new plan must name before the frequency rules are asked: an active entity, published items of the
 * planning department, and officers of the department holding a 执法证号 (行政处罚法 第四十二条: 执法人员不得少于
 * 两人, checked by the schema). Every problem at once, by field.
 */
import type { InspectionPlanInput } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { type FieldError, validationError } from '../errors';
import { activeEntityExists } from './inspection-entity.repository';
import { findInspectionItems } from './inspection-item.repository';
import { type OfficerRow, usersByIds } from './inspection-officer.repository';

/** The officers chosen, checked; throws 422 naming each field at fault. */
export async function checkPlanInput(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  input: InspectionPlanInput,
): Promise<OfficerRow[]> {
  const problems: FieldError[] = [];
  if (!(await activeEntityExists(db, regionCode, input.entityId))) {
    problems.push({ path: 'entityId', message: '市场主体不存在或已注销' });
  }
  const items = await findInspectionItems(db, regionCode, input.itemIds);
  input.itemIds.forEach((id, i) => {
    const item = items.find((x) => x.id === id);
    if (!item) {
      problems.push({ path: `itemIds.${i}`, message: '检查事项不存在' });
    } else if (!item.published) {
      problems.push({ path: `itemIds.${i}`, message: `检查事项“${item.name}”未公布，不得实施检查` });
    } else if (item.departmentId !== departmentId) {
      problems.push({ path: `itemIds.${i}`, message: `检查事项“${item.name}”不属于本部门；跨部门请发起联合检查` });
    }
  });
  const officers = await usersByIds(db, regionCode, input.officerIds);
  input.officerIds.forEach((id, i) => {
    const o = officers.find((x) => x.id === id);
    if (!o?.active || o.departmentId !== departmentId) {
      problems.push({ path: `officerIds.${i}`, message: '执法人员须为本部门在岗人员' });
    } else if (!o.certificateNo) {
      problems.push({ path: `officerIds.${i}`, message: `${o.displayName}没有执法证号，不能参加检查` });
    }
  });
  if (problems.length > 0) {
    throw validationError(problems);
  }
  return officers;
}
