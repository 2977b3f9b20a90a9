import { type Me, PERMISSIONS } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { can, homePath, isEnterpriseAccount } from './permissions';

const me = (permissions: Me['permissions']): Pick<Me, 'permissions' | 'entityId'> => ({ permissions, entityId: null });

describe('[WEB][ACCESS] the console follows the permission names of the contracts', () => {
  it('answers from the permissions the server sent, and no for nobody', () => {
    expect(can(me(['case.read']), 'case.read')).toBe(true);
    expect(can(me(['case.read']), 'case.handle')).toBe(false);
    expect(can(null, 'case.read')).toBe(false);
    expect(can(me([...PERMISSIONS]), 'inspection.rating.read')).toBe(true);
  });

  it('refuses a misspelt permission name at compile time', () => {
    // @ts-expect-error — 'case.handel' is not a Permission of @rouxing/contracts
    expect(can(me(['case.handle']), 'case.handel')).toBe(false);
  });

  it('sends an enterprise account to its cases and staff to the 工作台', () => {
    expect(isEnterpriseAccount(me(['own_entity.read', 'case.portal']))).toBe(true);
    expect(homePath(me(['own_entity.read']))).toBe('/portal/cases');
    expect(homePath(me(['case.read']))).toBe('/');
  });
});
