/**
 * What a department must satisfy before it is written: a region of GB/T 2260 and the administrator's own (a
 * department elsewhere would be out of the administrator's reach), and a name unique in the region.
 */
import type { DepartmentInput } from '@rouxing/contracts';
import { type Actor, regionName } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { AppError, type CodedProblem, problemsError } from '../errors';
import { departmentNameTaken } from './department.repository';

export async function checkDepartmentInput(db: Queryable, actor: Actor, input: DepartmentInput, exceptId: string | null): Promise<void> {
  const problems: CodedProblem[] = [];
  if (regionName(input.regionCode) === null) {
    problems.push({
      path: 'regionCode',
      message: `行政区划代码${input.regionCode}不在GB/T 2260行政区划表中`,
      code: 'DEPARTMENT.UNKNOWN_REGION',
    });
  } else if (input.regionCode !== actor.regionCode) {
    problems.push({ path: 'regionCode', message: '只能在本行政区划内设立部门', code: 'DEPARTMENT.OUT_OF_REGION' });
  }
  const refusal = problemsError(problems);
  if (refusal) {
    throw refusal;
  }
  if (await departmentNameTaken(db, actor.regionCode, input.name.trim(), exceptId)) {
    throw new AppError('CONFLICT.DUPLICATE', `本行政区划已有名为“${input.name}”的部门`, [{ path: 'name', message: '部门名称已存在' }]);
  }
}
