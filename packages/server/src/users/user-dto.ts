import type { Me, User } from '@rouxing/contracts';
import { permissionsOf, regionName } from '@rouxing/domain';
import type { UserRow } from '../auth/user.repository';

export function toUserDto(u: UserRow): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    regionCode: u.regionCode,
    departmentId: u.departmentId,
    departmentName: u.departmentName,
    certificateNo: u.certificateNo,
    certificateExpiresOn: u.certificateExpiresOn,
    entityUscc: u.entityUscc,
    active: u.active,
    demo: u.demo,
    lockedUntil: u.lockedUntil,
    failedLogins: u.failedLogins,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
  };
}

export function toMeDto(u: UserRow, entityId: string | null, passwordExpired: boolean, secondFactor: boolean): Me {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    permissions: permissionsOf(u.roles),
    regionCode: u.regionCode,
    regionName: regionName(u.regionCode) ?? u.regionCode,
    departmentId: u.departmentId,
    departmentName: u.departmentName,
    certificateNo: u.certificateNo,
    entityUscc: u.entityUscc,
    entityId,
    demo: u.demo,
    lastLoginAt: u.lastLoginAt,
    passwordExpired,
    secondFactor,
  };
}
