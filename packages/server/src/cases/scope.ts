/** Who takes part in a case, by permission (the role table in `domain/access/access.ts`). */
import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';

/** The department's officers and reviewers. */
export const isStaff = (actor: Actor) => can(actor, 'case.handle');
/** A reviewer attached to a department. */
export const isReviewer = (actor: Actor) => can(actor, 'case.approve') && actor.departmentId !== null;
/** The party itself, through its portal account. */
export const isParty = (actor: Actor, row: { partyUscc: string | null }) =>
  row.partyUscc !== null && can(actor, 'case.portal') && actor.entityUscc === row.partyUscc;

/** Who may read a case: its department's staff, the party, the Judicial Bureau and oversight (the region). */
export function canReadCase(actor: Actor, row: { regionCode: string; departmentId: string; partyUscc: string | null }): boolean {
  if (actor.regionCode !== row.regionCode) {
    return false;
  }
  if (isParty(actor, row)) {
    return true;
  }
  // Staff read their own department's cases; the Judicial Bureau and oversight (case.read without case.handle) the region's.
  if (can(actor, 'case.read') && !isStaff(actor)) {
    return true;
  }
  return isStaff(actor) && actor.departmentId === row.departmentId;
}

/** The reviewer's department, or 403 saying who may do `what`. */
export function requireReviewer(actor: Actor, what: string): string {
  if (!isReviewer(actor)) {
    throw forbidden(`${what}须由本部门法制审核人员办理`);
  }
  return actor.departmentId as string;
}
