/** Which role may call a route (http/route-access.ts against the domain's ROLE_PERMISSIONS), and a path to call. */
import type { Role } from '@rouxing/contracts';
import { ROLE_PERMISSIONS } from '@rouxing/domain';
import type { RouteAccess } from '../src/http/route-access';

export function roleMay(access: RouteAccess, role: Role): boolean {
  return access === 'public' || access === 'session' || access.some((p) => ROLE_PERMISSIONS[role].includes(p));
}

/** The role a fuzz request is sent as: a business role holding the route's permission first; null: anonymous. */
export function callerFor(access: RouteAccess): Role | null {
  if (access === 'public') {
    return null;
  }
  const order: Role[] = ['officer', 'reviewer', 'supervisor', 'enterprise', 'admin', 'security', 'auditor', 'oversight'];
  return order.find((r) => roleMay(access, r)) ?? null;
}

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
/** A value for each path parameter: well-formed, naming nothing that exists. */
const PARAM: Record<string, string> = { year: '2026', docType: 'unknown', token: 'abc', uscc: '91430482MA4L00000X', key: 'unknown' };

/** The route's path with each parameter replaced (by `param`, or a well-formed value naming nothing). */
export function samplePath(path: string, param?: (name: string) => string): string {
  return `/api/v1${path.replace(/:(\w+)/g, (_, n: string) => param?.(n) ?? PARAM[n] ?? SAMPLE_ID)}`;
}
