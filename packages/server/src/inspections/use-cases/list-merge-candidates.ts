/** 综合查一次: the other departments' plans this plan could be merged with (same entity, close windows, the task list's items). */
import type { Actor, MergeCandidate } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { mergeCandidatesOf } from '../merge-candidates';

export function listMergeCandidates(ctx: AppContext, actor: Actor, planId: string): Promise<MergeCandidate[]> {
  return mergeCandidatesOf(ctx.db, actor, planId);
}
