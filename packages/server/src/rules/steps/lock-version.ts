/**
 * The first step of every change of a list or benchmark version: load and lock it (until the transaction
 * ends), and let the domain's review rule (`reviewProblem`: own department, role, status, four eyes) say
 * whether the actor may take the step — 403 for the role or department, the rule's 422 code otherwise.
 */
import { type Actor, type ReviewAction, reviewProblem } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { AppError, forbidden, notFound, refused } from '../../errors';
import { lockReviewState, type ReviewState } from '../review.repository';
import type { VersionedKind } from './review-kinds';

export async function lockForAction(
  tx: Queryable,
  kind: VersionedKind<unknown>,
  actor: Actor,
  id: string,
  action: ReviewAction,
): Promise<ReviewState> {
  const state = await lockReviewState(tx, kind.table, actor.regionCode, id);
  if (!state) {
    throw notFound(kind.noun);
  }
  const problem = reviewProblem(action, state, actor, kind.subject);
  if (problem) {
    throw problem.code === 'AUTH.FORBIDDEN' ? forbidden(problem.message) : refused(problem.code, problem.message, problem.path ?? 'status');
  }
  return state;
}

/** Optimistic concurrency: the step names the revision it was taken on; a later one is a 409. */
export function requireRevision(state: ReviewState, revision: number, noun: string): void {
  if (state.revision !== revision) {
    throw new AppError('CONFLICT.VERSION', `该${noun}已被他人修改，请刷新后重试`);
  }
}
