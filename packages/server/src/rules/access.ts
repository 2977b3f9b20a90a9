/**
 * Who may read and change the rules: the role table of the domain (`can`), and one's own department
 * (a department keeps its own catalogue items, lists and benchmarks). Each refusal is 403 `AUTH.FORBIDDEN`.
 */
import { type Actor, can } from '@rouxing/domain';
import { AppError, forbidden } from '../errors';

/** 403 naming the department field: the record belongs to another department. */
const ownDepartmentOnly = (message: string) =>
  new AppError('AUTH.FORBIDDEN', message, [{ path: 'departmentId', message: '只能选择本部门' }]);

export function requireRulesRead(actor: Actor): void {
  if (!can(actor, 'rules.read')) {
    throw forbidden('无权查看违法行为目录和清单');
  }
}

/** A reviewer edits the catalogue items of their own department only. */
export function requireCatalogueWrite(actor: Actor, departmentId: string): void {
  if (!can(actor, 'catalogue.write')) {
    throw forbidden('只有法制审核人员可以维护违法行为目录');
  }
  if (actor.departmentId !== departmentId) {
    throw ownDepartmentOnly('只能维护本部门的违法行为事项');
  }
}

/** A list is drafted for one's own department. */
export function requireListDepartment(actor: Actor, departmentId: string): void {
  if (actor.departmentId !== departmentId) {
    throw ownDepartmentOnly('只能起草本部门的清单');
  }
}

export function requireListDraftRights(actor: Actor, departmentId: string): void {
  if (!can(actor, 'rules.draft')) {
    throw forbidden('无权起草不予处罚清单');
  }
  requireListDepartment(actor, departmentId);
}

export function requireBenchmarkDraftRights(actor: Actor, departmentId: string): void {
  if (!can(actor, 'rules.draft')) {
    throw forbidden('无权起草裁量基准');
  }
  if (actor.departmentId !== departmentId) {
    throw ownDepartmentOnly('只能起草本部门的裁量基准');
  }
}

export function requireDecisionEngine(actor: Actor): void {
  if (!can(actor, 'decision.evaluate')) {
    throw forbidden('无权使用决策引擎');
  }
}
