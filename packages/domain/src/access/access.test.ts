import { describe, expect, it } from 'vitest';
import { type Actor, canSeeDepartmentRecord, canSeeEntity, permissionsOf, roleSetProblems } from './access';

const actor = (over: Partial<Actor> & Pick<Actor, 'roles'>): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  regionCode: '430482',
  departmentId: 'd1',
  entityUscc: null,
  ...over,
  permissions: new Set(permissionsOf(over.roles)),
});

describe('[AUTH][SCOPE] access rules', () => {
  it('keeps the three administrator powers separate', () => {
    expect(permissionsOf(['admin'])).toEqual(['user.manage', 'calendar.manage', 'api_key.manage']);
    expect(permissionsOf(['admin'])).not.toContain('audit.read');
    expect(permissionsOf(['auditor'])).toEqual(['audit.read']);
    expect(permissionsOf(['security'])).toEqual(['security.read', 'security.manage']);
    expect(roleSetProblems({ roles: ['admin', 'auditor'] })[0]?.message).toContain('必须分离');
    expect(roleSetProblems({ roles: ['admin', 'auditor'] })[0]?.code).toBe('USER.ROLE_CONFLICT');
    expect(roleSetProblems({ roles: ['security', 'officer'], departmentId: 'd', certificateNo: 'x' })[0]?.message).toContain('业务角色');
  });

  it('requires a department, 执法证号 and its validity for officers, a USCC for enterprises', () => {
    expect(roleSetProblems({ roles: ['officer'] }).map((p) => p.field)).toEqual(['departmentId', 'certificateNo', 'certificateExpiresOn']);
    expect(roleSetProblems({ roles: ['enterprise'] }).map((p) => p.field)).toEqual(['entityUscc']);
    expect(
      roleSetProblems({ roles: ['officer'], departmentId: 'd', certificateNo: '43040001', certificateExpiresOn: '2030-12-31' }),
    ).toEqual([]);
  });

  it.each([
    ['officer, same region', actor({ roles: ['officer'] }), { regionCode: '430482', uscc: 'X' }, true],
    ['officer, other region', actor({ roles: ['officer'] }), { regionCode: '430481', uscc: 'X' }, false],
    [
      'enterprise, own entity',
      actor({ roles: ['enterprise'], departmentId: null, entityUscc: 'X' }),
      { regionCode: '430482', uscc: 'X' },
      true,
    ],
    [
      'enterprise, another entity',
      actor({ roles: ['enterprise'], departmentId: null, entityUscc: 'X' }),
      { regionCode: '430482', uscc: 'Y' },
      false,
    ],
    ['admin (no business reads)', actor({ roles: ['admin'] }), { regionCode: '430482', uscc: 'X' }, false],
  ])('entity visibility: %s', (_name, a, e, expected) => {
    expect(canSeeEntity(a, e)).toBe(expected);
  });

  it.each([
    ['owning department', actor({ roles: ['officer'] }), ['d1'], true],
    ['another department', actor({ roles: ['officer'], departmentId: 'd2' }), ['d1'], false],
    ['a department of the joint action', actor({ roles: ['officer'], departmentId: 'd2' }), ['d1', 'd2'], true],
    ['Judicial Bureau', actor({ roles: ['supervisor'], departmentId: 'j' }), ['d1'], true],
  ])('department-scoped record: %s', (_name, a, deps, expected) => {
    expect(canSeeDepartmentRecord(a, { regionCode: '430482', departmentIds: deps })).toBe(expected);
  });
});
