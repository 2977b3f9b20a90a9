import type { CaseDetail, Me } from '@rouxing/contracts';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { MENU } from '../../app/menu';
import { canReadCases, isCaseStaff, isEnterpriseAccount } from '../../lib/permissions';
import { lifecycleSteps } from './CaseOverview';

const t = ((k: string) => k) as unknown as TFunction;

function kase(over: Partial<CaseDetail>): CaseDetail {
  return {
    state: 'started',
    startedOn: '2026-11-28',
    notice: null,
    choice: null,
    measures: [],
    termination: null,
    closedOn: null,
    archivedOn: null,
    ...over,
  } as CaseDetail;
}

describe('[WEB][CASE] the lifecycle steps follow the state', () => {
  it.each([
    ['started', 1, 'process'],
    ['notice_served', 2, 'process'],
    ['accepted', 3, 'process'],
    ['commitment_pending', 3, 'process'],
    ['declined', 2, 'error'],
    ['completed', 5, 'process'],
    ['terminated', 5, 'process'],
    ['archived', 5, 'finish'],
  ] as const)('%s → step %i (%s)', (state, current, status) => {
    const s = lifecycleSteps(kase({ state }), t);
    expect(s.items).toHaveLength(6);
    expect(s.current).toBe(current);
    expect(s.status).toBe(status);
  });

  it('names the fifth step 终止 for a terminated case and 不选择 for a declined one', () => {
    const terminated = lifecycleSteps(
      kase({ state: 'terminated', termination: { ground: 'other', reason: 'x', on: '2026-11-29', handOverToGeneralProcedure: false } }),
      t,
    );
    expect(terminated.items[4]?.title).toBe('case.steps.terminated');
    expect(lifecycleSteps(kase({ state: 'declined' }), t).items[2]?.title).toBe('case.steps.declined');
  });
});

describe('[WEB][CASE][MENU] the cases menu follows the roles the server checks', () => {
  const me = (roles: string[], permissions: string[] = []) => ({ roles, permissions }) as unknown as Me;
  const visible = (m: Me) =>
    MENU.flatMap((n) => ('children' in n ? n.children : [n]))
      .filter((l) => l.visible(m))
      .map((l) => l.testId)
      .filter((id) => ['menu-cases', 'menu-todo', 'menu-follow-ups', 'menu-my-cases'].includes(id));

  it.each([
    [['officer'], [], ['menu-cases', 'menu-todo', 'menu-follow-ups']],
    [['reviewer'], [], ['menu-cases', 'menu-todo', 'menu-follow-ups']],
    [['supervisor'], [], ['menu-cases', 'menu-follow-ups']],
    [['oversight'], [], ['menu-cases']],
    [['enterprise'], ['own_entity.read'], ['menu-my-cases']],
    [['admin'], ['user.manage'], []],
  ])('%j sees %j', (roles, permissions, expected) => {
    expect(visible(me(roles, permissions))).toEqual(expected);
  });

  it('keeps the helpers consistent', () => {
    expect(isCaseStaff(me(['reviewer']))).toBe(true);
    expect(canReadCases(me(['enterprise'], ['own_entity.read']))).toBe(false);
    expect(isEnterpriseAccount(me(['enterprise'], ['own_entity.read']))).toBe(true);
  });
});
