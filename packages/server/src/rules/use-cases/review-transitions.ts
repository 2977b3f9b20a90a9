/**
 * Submit, approve (publish) and return list versions and benchmark versions: one transaction each, the
 * rule checked by the domain (`reviewProblem`: four eyes, own department, status), the change recorded
 * on the version's event chain. Publishing records the SHA-256 of the version's content, so that the
 * published text can be proven unchanged later (`rouxing verify` checks the chain).
 */
import { RejectBodySchema, RevisionBodySchema } from '@rouxing/contracts';
import { type Actor, type ReviewAction, reviewProblem } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { AppError, notFound, validationError } from '../../errors';
import { canonicalJson, sha256Hex } from '../../records/canonical';
import { recordChange } from '../../records/record-change';
import { fieldsOfZodError } from '../../validation';
import { lockReviewState, markPublished, markRejected, markSubmitted, type ReviewState, type ReviewTable } from '../review.repository';

export interface VersionedKind {
  table: ReviewTable;
  aggregateType: string;
  /** 不予处罚清单 / 裁量基准, for messages. */
  noun: string;
  /** The content a publication fixes, as plain data. */
  content(tx: Queryable, regionCode: string, id: string): Promise<unknown>;
}

/** Loads and locks a version, refusing with 403/404/409 as the domain rule says. */
export async function lockForAction(
  tx: Queryable,
  kind: VersionedKind,
  actor: Actor,
  id: string,
  action: ReviewAction,
): Promise<ReviewState> {
  const state = await lockReviewState(tx, kind.table, actor.regionCode, id);
  if (!state) {
    throw notFound(kind.noun);
  }
  const problem = reviewProblem(action, state, actor);
  if (problem) {
    const statusProblem = problem.startsWith('只有') || problem.startsWith('只能在');
    throw new AppError(statusProblem ? 'CONFLICT' : 'AUTH.FORBIDDEN', problem);
  }
  return state;
}

function revisionOf(raw: unknown): number {
  const parsed = RevisionBodySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  return parsed.data.revision;
}

function requireRevision(state: ReviewState, revision: number, noun: string): void {
  if (state.revision !== revision) {
    throw new AppError('CONFLICT.VERSION', `该${noun}已被他人修改，请刷新后重试`);
  }
}

export async function submitVersion(ctx: AppContext, kind: VersionedKind, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const revision = revisionOf(raw);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'submit');
    requireRevision(state, revision, kind.noun);
    await markSubmitted(tx, kind.table, state, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.submitted`,
      fromState: 'draft',
      toState: 'pending_review',
      payload: { version: state.version },
    });
  });
}

export async function approveVersion(ctx: AppContext, kind: VersionedKind, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const revision = revisionOf(raw);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'approve');
    requireRevision(state, revision, kind.noun);
    const contentHash = sha256Hex(canonicalJson(await kind.content(tx, state.regionCode, id)));
    const superseded = await markPublished(tx, kind.table, state, { id: actor.userId, name: actor.displayName }, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.published`,
      fromState: 'pending_review',
      toState: 'published',
      payload: { version: state.version, seriesId: state.seriesId, contentHash, superseded },
    });
    for (const old of superseded) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: kind.aggregateType,
        aggregateId: old,
        type: `${kind.aggregateType}.superseded`,
        fromState: 'published',
        toState: 'superseded',
        payload: { by: id, byVersion: state.version },
      });
    }
  });
}

export async function rejectVersion(ctx: AppContext, kind: VersionedKind, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const parsed = RejectBodySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'reject');
    await markRejected(tx, kind.table, state, parsed.data.reason, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.returned`,
      fromState: 'pending_review',
      toState: 'draft',
      payload: { version: state.version, reason: parsed.data.reason },
    });
  });
}
