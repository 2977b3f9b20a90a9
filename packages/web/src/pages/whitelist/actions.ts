import type { Me } from '@rouxing/contracts';
import type { WhitelistEntry, WhitelistStepAction } from '../../api/whitelist';
import { can } from '../../lib/permissions';

/**
 * The steps the user may take on an entry, as the console offers them (the server decides): the proposing department's
 * reviewer approves or returns, the Judicial Bureau confirms, reviews, adjusts, keeps or removes, a department asks for removal.
 */
export function actionsFor(row: WhitelistEntry, me: Me | null): WhitelistStepAction[] {
  const ownDepartment = !!me && row.departmentName === me.departmentName;
  const bureau = can(me, 'whitelist.confirm');
  switch (row.state) {
    case 'proposed':
      return can(me, 'whitelist.approve') && ownDepartment ? ['approve', 'refuse'] : [];
    case 'approved':
      return bureau ? ['confirm', 'refuse'] : [];
    case 'active':
      return [
        ...(bureau ? (['review', 'adjust', 'remove'] as const) : []),
        ...(can(me, 'whitelist.propose') ? (['propose_removal'] as const) : []),
      ];
    case 'removal_proposed':
      return bureau ? ['keep', 'remove'] : [];
    default:
      return [];
  }
}
