import { describe, expect, it } from 'vitest';
import { WHITELIST_ACTIONS, WHITELIST_STATES, type WhitelistAction, type WhitelistActorRole, whitelistStep } from './lifecycle';

const staff = { id: 'u1', roles: ['department_staff'] as WhitelistActorRole[], sameDepartment: true };
const reviewer = { id: 'u2', roles: ['department_staff', 'department_reviewer'] as WhitelistActorRole[], sameDepartment: true };
const otherReviewer = { ...reviewer, id: 'u9', sameDepartment: false };
const bureau = { id: 'u3', roles: ['judicial_bureau'] as WhitelistActorRole[], sameDepartment: false };

describe('[WHITELIST] the register lifecycle (常政办发〔2025〕5号 第十二项)', () => {
  it('goes proposed → approved by the department reviewer → active by the Judicial Bureau', () => {
    expect(whitelistStep('proposed', 'approve', reviewer, 'u1')).toEqual({ ok: true, to: 'approved' });
    expect(whitelistStep('approved', 'confirm', bureau, 'u1')).toEqual({ ok: true, to: 'active' });
  });

  it('four eyes: the proposer cannot approve; another department cannot; an officer cannot confirm', () => {
    expect(whitelistStep('proposed', 'approve', reviewer, 'u2')).toMatchObject({ ok: false, code: 'WHITELIST.SELF_APPROVAL' });
    expect(whitelistStep('proposed', 'approve', otherReviewer, 'u1')).toMatchObject({ ok: false, code: 'WHITELIST.STEP_REFUSED' });
    expect(whitelistStep('approved', 'confirm', reviewer, 'u1')).toMatchObject({ ok: false, problem: '司法局确认须由司法局办理' });
    expect(whitelistStep('proposed', 'approve', staff, 'u9')).toMatchObject({ ok: false });
  });

  it("review and adjustment keep an entry in force and are the Judicial Bureau's", () => {
    expect(whitelistStep('active', 'adjust', bureau, 'u1')).toEqual({ ok: true, to: 'active' });
    expect(whitelistStep('active', 'review', bureau, 'u1')).toEqual({ ok: true, to: 'active' });
    expect(whitelistStep('active', 'adjust', reviewer, 'u1')).toMatchObject({ ok: false, code: 'WHITELIST.STEP_REFUSED' });
    expect(whitelistStep('proposed', 'adjust', bureau, 'u1')).toMatchObject({ ok: false, code: 'WHITELIST.STEP_REFUSED' });
  });

  it('removal: a department proposes, the Judicial Bureau removes or keeps', () => {
    expect(whitelistStep('active', 'propose_removal', staff, 'u1')).toEqual({ ok: true, to: 'removal_proposed' });
    expect(whitelistStep('removal_proposed', 'keep', bureau, 'u1')).toEqual({ ok: true, to: 'active' });
    expect(whitelistStep('removal_proposed', 'remove', bureau, 'u1')).toEqual({ ok: true, to: 'removed' });
    expect(whitelistStep('active', 'remove', bureau, 'u1')).toEqual({ ok: true, to: 'removed' });
  });

  it('every action × every state: allowed exactly from its from-states (for an actor who holds every role)', () => {
    const all = {
      id: 'x',
      roles: ['department_staff', 'department_reviewer', 'judicial_bureau'] as WhitelistActorRole[],
      sameDepartment: true,
    };
    for (const action of Object.keys(WHITELIST_ACTIONS) as WhitelistAction[]) {
      for (const state of WHITELIST_STATES) {
        const r = whitelistStep(state, action, all, 'someone-else');
        expect(r.ok, `${action} from ${state}`).toBe((WHITELIST_ACTIONS[action].from as readonly string[]).includes(state));
      }
    }
  });
});
