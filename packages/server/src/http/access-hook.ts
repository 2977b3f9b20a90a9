/**
 * The first gate of every API route (SECURITY.md "Access control", GB/T 22239-2019 §8.1.4.2): before the
 * body is parsed into the route's schema, a request without a session gets 401 and one whose account holds
 * none of the route's permissions gets 403 (http/route-access.ts). The use cases then check department and
 * record scope. The routes seen are kept per app for the matrix suite to walk.
 */
import type { FastifyInstance, preValidationHookHandler } from 'fastify';
import { AppError, forbidden } from '../errors';
import { type RouteAccess, routeAccess } from './route-access';

const API_PREFIX = '/api/v1';
/** A registered API route: its method, path under /api/v1 and the schemas it declared (for the fuzz suite). */
export interface ApiRoute {
  method: string;
  path: string;
  schema: { body?: unknown; querystring?: unknown; params?: unknown };
}
const apiRoutes = new WeakMap<FastifyInstance, ApiRoute[]>();

/** Every API route registered on `app`, HEAD routes left out. */
export function registeredApiRoutes(app: FastifyInstance): readonly ApiRoute[] {
  return apiRoutes.get(app) ?? [];
}

function gate(access: RouteAccess): preValidationHookHandler {
  return async (req) => {
    if (access === 'public') {
      return;
    }
    if (!req.auth) {
      throw new AppError('AUTH.REQUIRED', '未登录或会话已过期，请重新登录');
    }
    if (access !== 'session' && !access.some((p) => req.auth?.actor.permissions.has(p))) {
      throw forbidden('您的账号没有此项操作的权限');
    }
  };
}

export function addAccessHook(app: FastifyInstance): void {
  const seen: ApiRoute[] = [];
  apiRoutes.set(app, seen);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(`${API_PREFIX}/`)) {
      return;
    }
    const path = route.url.slice(API_PREFIX.length);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') {
        const { body, querystring, params } = (route.schema ?? {}) as ApiRoute['schema'];
        seen.push({ method, path, schema: { body, querystring, params } });
      }
    }
    const first = [route.method].flat()[0] ?? 'GET';
    // A route missing from the table is left to its use case; the matrix suite fails until it has a line.
    const access = routeAccess(first, path);
    if (access) {
      const existing = route.preValidation ? [route.preValidation].flat() : [];
      route.preValidation = [gate(access), ...existing];
    }
  });
}
