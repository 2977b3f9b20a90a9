/** Who takes part in a case, by permission (the role table in `domain/access/access.ts`). */
import { type Actor, can } from '@rouxing/domain';

/** The department's officers and reviewers. */
export const isStaff = (actor: Actor) => can(actor, 'case.handle');
/** A reviewer attached to a department. */
export const isReviewer = (actor: Actor) => can(actor, 'case.approve') && actor.departmentId !== null;
/** The party itself, through its portal account. */
export const isParty = (actor: Actor, row: { partyUscc: string }) => can(actor, 'case.portal') && actor.entityUscc === row.partyUscc;
