import type { CaseDetail, Me, Permission, Role } from '@rouxing/contracts';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { MENU } from '../../app/menu-tree';
import { can, isEnterpriseAccount } from '../../lib/permissions';
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

describe('[WEB][CASE][MENU] the cases menu follows the case permissions the server checks', () => {
  const me = (permissions: Permission[]) => ({ roles: [], permissions }) as unknown as Me;
  const CASE_MENU = [
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
    'menu-my-cases',
    'menu-my-guidance',
  ];
  const visible = (m: Me) =>
    MENU.flatMap((n) => ('children' in n ? n.children : [n]))
      .filter((l) => l.visible(m))
      .map((l) => l.testId)
      .filter((id) => CASE_MENU.includes(id));
  const STAFF = [
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
  ];

  it.each<[string, Permission[], string[]]>([
    ['officer', ['case.handle', 'case.read'], STAFF],
    ['reviewer', ['case.handle', 'case.approve', 'case.read'], STAFF],
    ['supervisor / oversight', ['case.read'], ['menu-cases', 'menu-follow-ups', 'menu-observation-periods']],
    ['enterprise', ['own_entity.read', 'case.portal'], ['menu-my-cases', 'menu-my-guidance']],
    ['admin', ['user.manage'], []],
  ])('%s sees its entries', (_who, permissions, expected) => {
    expect(visible(me(permissions))).toEqual(expected);
  });

  it('never decides by role name', () => {
    const roles: Role[] = ['officer', 'reviewer', 'supervisor', 'enterprise'];
    const roleOnly = { roles, permissions: [] } as unknown as Me;
    expect(visible(roleOnly)).toEqual([]);
    expect(can(me(['case.approve']), 'case.approve')).toBe(true);
    expect(isEnterpriseAccount(me(['own_entity.read']))).toBe(true);
  });
});
