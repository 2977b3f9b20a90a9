import type { Actor } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { seesDepartments } from '../access';
import { findSupervisionTask, type SupervisionTaskRow } from '../supervision-task.repository';

/** A task the actor may see (its department's, or any for the Judicial Bureau); 404 otherwise. */
export async function visibleTask(db: Queryable, actor: Actor, id: string, forUpdate = false): Promise<SupervisionTaskRow> {
  const task = await findSupervisionTask(db, actor.regionCode, id, forUpdate);
  if (!task || !seesDepartments(actor, [task.departmentId])) {
    throw notFound('督导事项');
  }
  return task;
}
