/**
 * The whitelist register (白名单, 常政办发〔2025〕5号 第十二项): key industries and enterprises, reviewed and
 * adjusted over time. Because a whitelisted entity is inspected at most once a year by every department
 * together, an entry binds all of them: a department proposes it with reasons, that department's reviewer
 * (not the proposer) approves, and the Judicial Bureau confirms. Removal follows the same two keys. The
 * lifecycle is a table; the server records each step as an event, which is the entry's history.
 */

import { WHITELIST_ENTRY_STATES, type WhitelistEntryState, type WhitelistStepAction } from '@rouxing/contracts';

export const WHITELIST_STATES = WHITELIST_ENTRY_STATES;
export type WhitelistState = WhitelistEntryState;

/** Who takes a step: the department's staff, its reviewer, or the Judicial Bureau. */
export type WhitelistActorRole = 'department_staff' | 'department_reviewer' | 'judicial_bureau';

export const WHITELIST_ACTIONS = {
  /** The proposing department's reviewer agrees (not the proposer: four eyes). */
  approve: { from: ['proposed'], to: 'approved', by: 'department_reviewer' },
  /** The Judicial Bureau confirms: the entry binds every department from now on. */
  confirm: { from: ['approved'], to: 'active', by: 'judicial_bureau' },
  /** The reviewer returns a proposal, or the Judicial Bureau declines to confirm. */
  refuse: { from: ['proposed', 'approved'], to: 'refused', by: 'department_reviewer|judicial_bureau' },
  /** The yearly review (复核) keeps the entry and sets the next review date. */
  review: { from: ['active'], to: 'active', by: 'judicial_bureau' },
  /** 动态优化调整: the Judicial Bureau changes an entry in force (its basis, its next review date), with reasons. */
  adjust: { from: ['active'], to: 'active', by: 'judicial_bureau' },
  /** A department asks to take the entity off (a changed circumstance, a violation found). */
  propose_removal: { from: ['active'], to: 'removal_proposed', by: 'department_staff|department_reviewer' },
  /** The Judicial Bureau removes the entry — on a department's request or on its own review. */
  remove: { from: ['active', 'removal_proposed'], to: 'removed', by: 'judicial_bureau' },
  /** The Judicial Bureau keeps an entry a department asked to remove. */
  keep: { from: ['removal_proposed'], to: 'active', by: 'judicial_bureau' },
} as const satisfies Record<WhitelistStepAction, { from: readonly WhitelistState[]; to: WhitelistState; by: string }>;
export type WhitelistAction = keyof typeof WHITELIST_ACTIONS;

export const WHITELIST_STATE_LABELS: Readonly<Record<WhitelistState, string>> = {
  proposed: '待部门审核',
  approved: '待司法局确认',
  active: '在册',
  removal_proposed: '申请移出',
  refused: '未通过',
  removed: '已移出',
};

/** Whitelisted for the inspection caps: only an entry in force (active, or active with a removal request pending). */
export const isWhitelistedState = (s: WhitelistState) => s === 'active' || s === 'removal_proposed';

export type WhitelistStep =
  | { ok: true; to: WhitelistState }
  | { ok: false; code: 'WHITELIST.STEP_REFUSED' | 'WHITELIST.SELF_APPROVAL'; problem: string };

/**
 * Whether `actor` may take `action` on an entry in `state`. `proposerId`/`actorId` enforce four eyes on
 * the department's approval; the actor's roles are the server's reading of its permissions.
 */
export function whitelistStep(
  state: WhitelistState,
  action: WhitelistAction,
  actor: { id: string; roles: readonly WhitelistActorRole[]; sameDepartment: boolean },
  proposerId: string,
): WhitelistStep {
  const spec = WHITELIST_ACTIONS[action];
  if (!(spec.from as readonly WhitelistState[]).includes(state)) {
    return {
      ok: false,
      code: 'WHITELIST.STEP_REFUSED',
      problem: `白名单申请当前为“${WHITELIST_STATE_LABELS[state]}”，不能${ACTION_LABELS[action]}`,
    };
  }
  const allowed = spec.by.split('|') as WhitelistActorRole[];
  const departmental = allowed.filter((r) => r !== 'judicial_bureau');
  const may =
    allowed.includes('judicial_bureau') && actor.roles.includes('judicial_bureau')
      ? true
      : actor.sameDepartment && departmental.some((r) => actor.roles.includes(r));
  if (!may) {
    return {
      ok: false,
      code: 'WHITELIST.STEP_REFUSED',
      problem: `${ACTION_LABELS[action]}须由${allowed.map((r) => ROLE_LABELS[r]).join('或')}办理`,
    };
  }
  if (action === 'approve' && actor.id === proposerId) {
    return { ok: false, code: 'WHITELIST.SELF_APPROVAL', problem: '提出人不能审核自己提出的白名单申请，须由本部门其他法制审核人员审核' };
  }
  return { ok: true, to: spec.to };
}

const ACTION_LABELS: Readonly<Record<WhitelistAction, string>> = {
  approve: '部门审核通过',
  confirm: '司法局确认',
  refuse: '退回',
  review: '复核',
  adjust: '调整',
  propose_removal: '申请移出',
  remove: '移出白名单',
  keep: '保留',
};

const ROLE_LABELS: Readonly<Record<WhitelistActorRole, string>> = {
  department_staff: '提出部门的执法人员',
  department_reviewer: '提出部门的法制审核人员',
  judicial_bureau: '司法局',
};
