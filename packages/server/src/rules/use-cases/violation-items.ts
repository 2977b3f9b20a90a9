/** The violation catalogue (违法行为事项): read by every enforcement role, edited by a department's reviewers. */
import {
  type ViolationItem,
  type ViolationItemInput,
  ViolationItemInputSchema,
  type ViolationItemQuery,
  ViolationItemUpdateSchema,
} from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError, notFound, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { fieldsOfZodError } from '../../validation';
import {
  findViolationItem,
  insertViolationItem,
  searchViolationItems,
  updateViolationItemRow,
  type ViolationItemWrite,
} from '../violation-item.repository';

export function requireRulesRead(actor: Actor): void {
  if (!can(actor, 'rules.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看违法行为目录和清单');
  }
}

/** A reviewer edits the catalogue items of their own department only. */
export function requireCatalogueWrite(actor: Actor, departmentId: string): void {
  if (!can(actor, 'catalogue.write')) {
    throw new AppError('AUTH.FORBIDDEN', '只有法制审核人员可以维护违法行为目录');
  }
  if (actor.departmentId !== departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只能维护本部门的违法行为事项', [{ path: 'departmentId', message: '只能选择本部门' }]);
  }
}

export function itemWrite(input: Omit<ViolationItemInput, 'code'> & { code?: string }): Omit<ViolationItemWrite, 'code'> {
  return {
    name: input.name,
    departmentId: input.departmentId,
    domain: input.domain,
    legalBasis: input.legalBasis,
    penaltyBasis: input.penaltyBasis,
    penaltyTypes: input.penaltyTypes,
    fineMin: input.fineMin,
    fineMax: input.fineMax,
    normalPenaltyText: input.normalPenaltyText,
    key: input.key,
    noFaultRule: input.noFaultRule,
    noFaultBasis: input.noFaultBasis,
    limitationMonths: input.limitationMonths,
    limitationBasis: input.limitationBasis,
  };
}

export async function listViolationItems(ctx: AppContext, actor: Actor, q: ViolationItemQuery) {
  requireRulesRead(actor);
  const r = await searchViolationItems(ctx.db, actor.regionCode, q);
  return { ...r, page: q.page, pageSize: q.pageSize };
}

export async function getViolationItem(ctx: AppContext, actor: Actor, id: string): Promise<ViolationItem> {
  requireRulesRead(actor);
  const row = await findViolationItem(ctx.db, actor.regionCode, id);
  if (!row) {
    throw notFound('违法行为事项');
  }
  return row;
}

/** Inserts one validated item with its event; throws 409 when the code exists. Used by create and import. */
export async function insertItemRecorded(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  input: ViolationItemInput,
  now: string,
): Promise<string> {
  const id = newId();
  if (!(await insertViolationItem(tx, actor.regionCode, id, { code: input.code, ...itemWrite(input) }, now))) {
    throw new AppError('CONFLICT.DUPLICATE', `违法行为编码 ${input.code} 已存在`, [{ path: 'code', message: '该编码已存在' }]);
  }
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'violation_item',
    aggregateId: id,
    type: 'violation_item.created',
    payload: { code: input.code, name: input.name, legalBasis: input.legalBasis, fineMin: input.fineMin, fineMax: input.fineMax },
    auditDetails: { code: input.code },
  });
  return id;
}

export async function createViolationItem(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<ViolationItem> {
  const parsed = ViolationItemInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  requireCatalogueWrite(actor, parsed.data.departmentId);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertItemRecorded(tx, actor, meta, parsed.data, now));
  return getViolationItem(ctx, actor, id);
}

export async function updateViolationItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  raw: unknown,
  meta: RequestMeta,
): Promise<ViolationItem> {
  const existing = await getViolationItem(ctx, actor, id);
  requireCatalogueWrite(actor, existing.departmentId);
  const parsed = ViolationItemUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  requireCatalogueWrite(actor, parsed.data.departmentId);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const version = await updateViolationItemRow(tx, actor.regionCode, id, parsed.data.version, itemWrite(parsed.data), now);
    if (version === null) {
      throw new AppError('CONFLICT.VERSION', '该违法行为事项已被他人修改，请刷新后重试');
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'violation_item',
      aggregateId: id,
      type: 'violation_item.updated',
      payload: {
        code: existing.code,
        version,
        legalBasis: parsed.data.legalBasis,
        fineMin: parsed.data.fineMin,
        fineMax: parsed.data.fineMax,
      },
      auditDetails: { code: existing.code, version },
    });
  });
  return getViolationItem(ctx, actor, id);
}
