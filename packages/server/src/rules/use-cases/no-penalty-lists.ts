/**
 * No-penalty lists (不予处罚清单, policy §1–2): versions drafted by a department, approved by a reviewer
 * other than the author, published immutable, superseded by the next published version.
 */
import {
  type NoPenaltyListDetail,
  type NoPenaltyListEntryInput,
  NoPenaltyListInputSchema,
  type NoPenaltyListQuery,
  NoPenaltyListUpdateSchema,
} from '@rouxing/contracts';
import { type Actor, can, displayStatus, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError, type FieldError, notFound, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { fieldsOfZodError } from '../../validation';
import {
  findList,
  insertList,
  type ListFields,
  type ListRow,
  listEntries,
  replaceEntries,
  searchLists,
  updateDraftList,
} from '../no-penalty-list.repository';
import { nextVersionOf, openDraftOf } from '../review.repository';
import { findViolationItemsByCode } from '../violation-item.repository';
import { lockForAction, type VersionedKind } from './review-transitions';
import { requireRulesRead } from './violation-items';

export const LIST_KIND: VersionedKind = {
  table: 'no_penalty_lists',
  aggregateType: 'no_penalty_list',
  noun: '不予处罚清单',
  async content(tx, regionCode, id) {
    const list = await findList(tx, regionCode, id);
    const entries = await listEntries(tx, regionCode, id);
    return {
      list: list && {
        title: list.title,
        level: list.level,
        issuer: list.issuer,
        departmentId: list.departmentId,
        domain: list.domain,
        documentNo: list.documentNo,
        source: list.source,
        effectiveFrom: list.effectiveFrom,
        effectiveTo: list.effectiveTo,
      },
      entries: entries.map(({ id: _id, violationName: _n, ...e }) => e),
    };
  },
};

const today = (ctx: AppContext) => shanghaiToday(ctx.now());

function toDto(row: ListRow, todayIs: string) {
  return { ...row, displayStatus: displayStatus(row.status, row.effectiveTo, todayIs) };
}

export async function listNoPenaltyLists(ctx: AppContext, actor: Actor, q: NoPenaltyListQuery) {
  requireRulesRead(actor);
  const r = await searchLists(ctx.db, actor.regionCode, q);
  const t = today(ctx);
  return { items: r.items.map((row) => toDto(row, t)), total: r.total, page: q.page, pageSize: q.pageSize };
}

export async function getNoPenaltyList(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db): Promise<NoPenaltyListDetail> {
  requireRulesRead(actor);
  const row = await findList(db, actor.regionCode, id);
  if (!row) {
    throw notFound('不予处罚清单');
  }
  const entries = await listEntries(db, actor.regionCode, id);
  return { ...toDto(row, today(ctx)), entries };
}

/**
 * Entries checked against the catalogue: each points at an existing item, numbers are unique, and a
 * 首违不罚 entry always requires a first offence (the kind says so; the engine applies it too).
 */
export async function checkedEntries(
  db: Queryable,
  regionCode: string,
  entries: readonly NoPenaltyListEntryInput[],
  path = 'entries',
): Promise<NoPenaltyListEntryInput[]> {
  const items = await findViolationItemsByCode(db, regionCode, [...new Set(entries.map((e) => e.violationCode))]);
  const problems: FieldError[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!items.has(e.violationCode)) {
      problems.push({
        path: `${path}.${i}.violationCode`,
        message: `违法行为编码 ${e.violationCode} 不在本地区违法行为目录中，请先在目录中登记`,
      });
    }
    const dup = seen.get(e.itemCode);
    if (dup !== undefined) {
      problems.push({ path: `${path}.${i}.itemCode`, message: `清单序号 ${e.itemCode} 与第${dup + 1}项重复` });
    }
    seen.set(e.itemCode, i);
  });
  if (problems.length > 0) {
    throw validationError(problems);
  }
  return entries.map((e) => (e.kind === '首违不罚' ? { ...e, conditions: { ...e.conditions, firstOffense: true } } : e));
}

function requireDraftRights(actor: Actor, departmentId: string): void {
  if (!can(actor, 'rules.draft')) {
    throw new AppError('AUTH.FORBIDDEN', '无权起草不予处罚清单');
  }
  if (actor.departmentId !== departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只能起草本部门的清单', [{ path: 'departmentId', message: '只能选择本部门' }]);
  }
}

/** Creates version 1 of a new list as a draft. Used by the form, the import and the demo seed. */
export async function insertDraftList(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  fields: ListFields,
  entries: readonly NoPenaltyListEntryInput[],
  now: string,
  origin: 'form' | 'import' | 'seed' = 'form',
): Promise<string> {
  const id = newId();
  await insertList(
    tx,
    { ...fields, regionCode: actor.regionCode, id, seriesId: id, version: 1, createdBy: { id: actor.userId, name: actor.displayName } },
    now,
  );
  await replaceEntries(tx, actor.regionCode, id, entries);
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'no_penalty_list',
    aggregateId: id,
    type: 'no_penalty_list.drafted',
    toState: 'draft',
    payload: { title: fields.title, version: 1, entries: entries.length, origin },
  });
  return id;
}

export async function createNoPenaltyList(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<NoPenaltyListDetail> {
  const parsed = NoPenaltyListInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const { entries, ...fields } = parsed.data;
  requireDraftRights(actor, fields.departmentId);
  const checked = await checkedEntries(ctx.db, actor.regionCode, entries);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertDraftList(tx, actor, meta, fields, checked, now));
  return getNoPenaltyList(ctx, actor, id);
}

export async function updateNoPenaltyList(
  ctx: AppContext,
  actor: Actor,
  id: string,
  raw: unknown,
  meta: RequestMeta,
): Promise<NoPenaltyListDetail> {
  const parsed = NoPenaltyListUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const { entries, revision, ...fields } = parsed.data;
  requireDraftRights(actor, fields.departmentId);
  const checked = await checkedEntries(ctx.db, actor.regionCode, entries);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, LIST_KIND, actor, id, 'edit');
    if (!(await updateDraftList(tx, actor.regionCode, id, revision, fields, now))) {
      throw new AppError('CONFLICT.VERSION', '该清单已被他人修改，请刷新后重试');
    }
    await replaceEntries(tx, actor.regionCode, id, checked);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: id,
      type: 'no_penalty_list.edited',
      payload: { version: state.version, title: fields.title, entries: checked.length },
    });
  });
  return getNoPenaltyList(ctx, actor, id);
}

/** A new draft version copying a published (or superseded) one: the way to change a published list. */
export async function newNoPenaltyListVersion(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<NoPenaltyListDetail> {
  const now = ctx.now().toISOString();
  const newIdValue = await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, LIST_KIND, actor, id, 'new_version');
    const open = await openDraftOf(tx, 'no_penalty_lists', actor.regionCode, state.seriesId);
    if (open) {
      throw new AppError('CONFLICT', '该清单已有一个未发布的新版本，请先完成或退回该版本');
    }
    const source = await findList(tx, actor.regionCode, id);
    if (!source) {
      throw notFound('不予处罚清单');
    }
    const entries = await listEntries(tx, actor.regionCode, id);
    const version = await nextVersionOf(tx, 'no_penalty_lists', actor.regionCode, state.seriesId);
    const created = newId();
    await insertList(
      tx,
      {
        ...source,
        regionCode: actor.regionCode,
        id: created,
        seriesId: state.seriesId,
        version,
        createdBy: { id: actor.userId, name: actor.displayName },
      },
      now,
    );
    await replaceEntries(tx, actor.regionCode, created, entries);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: created,
      type: 'no_penalty_list.drafted',
      toState: 'draft',
      payload: { title: source.title, version, basedOn: id, entries: entries.length, origin: 'new_version' },
    });
    return created;
  });
  return getNoPenaltyList(ctx, actor, newIdValue);
}
