/**
 * A step on a whitelist entry (常政办发〔2025〕5号 第十二项: 建立…"白名单"并动态优化调整): the department's reviewer approves or
 * returns a proposal, the Judicial Bureau confirms, reviews, adjusts, keeps or removes; a department asks for removal.
 * The domain's `whitelistStep` decides; each step writes the entry, its history row, the entity's derived flag, an
 * event and an audit row in one transaction.
 */
import type { WhitelistEntry, WhitelistStepBody } from '@rouxing/contracts';
import { type Actor, addYears, can, shanghaiToday, WHITELIST_ACTIONS, type WhitelistActorRole, whitelistStep } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refuseIfDisciplined } from '../../credit/steps/discipline';
import { AppError, forbidden, notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { appendHistory, departmentNameOf, findEntry, syncEntityWhitelisted, updateEntry } from '../whitelist.repository';

/** The actor's part in the register, read from the permissions the server granted. */
export function whitelistRoles(actor: Actor): WhitelistActorRole[] {
  const roles: WhitelistActorRole[] = [];
  if (can(actor, 'whitelist.propose')) {
    roles.push('department_staff');
  }
  if (can(actor, 'whitelist.approve')) {
    roles.push('department_reviewer');
  }
  if (can(actor, 'whitelist.confirm')) {
    roles.push('judicial_bureau');
  }
  return roles;
}

export async function takeWhitelistStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: WhitelistStepBody,
  meta: RequestMeta,
): Promise<WhitelistEntry> {
  if (!can(actor, 'whitelist.read')) {
    throw notFound('白名单条目');
  }
  const roles = whitelistRoles(actor);
  const allowed = WHITELIST_ACTIONS[body.action].by.split('|') as WhitelistActorRole[];
  if (!allowed.some((r) => roles.includes(r))) {
    throw forbidden('无权办理该白名单事项（常政办发〔2025〕5号 第十二项：部门提出、本部门法制审核、司法局确认）');
  }
  const now = ctx.now().toISOString();
  const today = shanghaiToday(ctx.now());
  const deptName = await departmentNameOf(ctx.db, actor.regionCode, actor.departmentId);
  await ctx.db.transaction(async (tx) => {
    const entry = await findEntry(tx, actor.regionCode, id, true);
    if (!entry) {
      throw notFound('白名单条目');
    }
    if (entry.version !== body.version) {
      throw new AppError('CONFLICT.VERSION', '该白名单条目已被他人办理，请刷新后重试');
    }
    const step = whitelistStep(
      entry.state,
      body.action,
      { id: actor.userId, roles, sameDepartment: actor.departmentId === entry.departmentId },
      entry.proposedBy,
    );
    if (!step.ok) {
      throw refused(step.code, `${step.problem}（常政办发〔2025〕5号 第十二项）`, 'action');
    }
    if (body.action === 'approve' || body.action === 'confirm') {
      await refuseIfDisciplined(tx, actor.regionCode, entry.entityId, 'whitelist');
    }
    const setsReview = body.action === 'confirm' || body.action === 'review' || body.action === 'adjust';
    const nextReviewOn = setsReview ? (body.nextReviewOn ?? entry.nextReviewOn ?? addYears(today, 1)) : entry.nextReviewOn;
    const basis = body.action === 'adjust' && body.basis ? body.basis : entry.basis;
    const changes: Record<string, unknown> = {};
    if (nextReviewOn !== entry.nextReviewOn) {
      changes.nextReviewOn = { from: entry.nextReviewOn, to: nextReviewOn };
    }
    if (basis !== entry.basis) {
      changes.basis = { from: entry.basis, to: basis };
    }
    if (!(await updateEntry(tx, actor.regionCode, id, body.version, { state: step.to, basis, nextReviewOn, now }))) {
      throw new AppError('CONFLICT.VERSION', '该白名单条目已被他人办理，请刷新后重试');
    }
    await appendHistory(tx, actor.regionCode, id, {
      action: body.action,
      fromState: entry.state,
      toState: step.to,
      reason: body.reason,
      changes,
      actorId: actor.userId,
      actorName: actor.displayName,
      actorDepartmentName: deptName,
      occurredAt: now,
    });
    await syncEntityWhitelisted(tx, actor.regionCode, entry.entityId);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'whitelist_entry',
      aggregateId: id,
      type: `whitelist.${body.action}`,
      fromState: entry.state,
      toState: step.to,
      payload: { entityId: entry.entityId, reason: body.reason, changes },
    });
  });
  const updated = await findEntry(ctx.db, actor.regionCode, id);
  if (!updated) {
    throw notFound('白名单条目');
  }
  const { proposedBy: _p, ...dto } = updated;
  return dto;
}
