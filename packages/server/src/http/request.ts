/**
 * What a route reads off a request: the signed-in session (401 without one), the actor, and where the
 * request came from for the audit log. Routes import these from here, never from `app.ts`.
 */
import type { Actor } from '@rouxing/domain';
import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../auth/user.repository';
import type { RequestMeta } from '../context';
import { AppError } from '../errors';

/** The name of the signed, HttpOnly session cookie. */
export const SESSION_COOKIE = 'rx_session';

/** The signed-in session a request carries, set by the `onRequest` hook of `app.ts`. */
export interface RequestAuth {
  actor: Actor;
  user: UserRow;
  sessionId: string;
  regionCode: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export function requestMeta(req: FastifyRequest): RequestMeta {
  const ua = req.headers['user-agent'];
  return { sourceIp: req.ip ?? null, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null };
}

/** The signed-in session, or 401. */
export function requireAuth(req: FastifyRequest): RequestAuth {
  if (!req.auth) {
    throw new AppError('AUTH.REQUIRED', '未登录或会话已过期，请重新登录');
  }
  return req.auth;
}

/** The signed-in actor, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  return requireAuth(req).actor;
}
