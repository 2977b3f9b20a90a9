/**
 * Every API request: the signed session cookie resolved to its session and user (`auth/authenticate.ts`),
 * set on `req.auth`; a request without a valid session goes on with `req.auth = null` and the route
 * decides (`requireAuth` answers 401).
 */
import { passwordExpired } from '@rouxing/domain';
import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/authenticate';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { SESSION_COOKIE } from './request';

/** What a user whose password has expired may still do: see who they are, change it, or leave. */
const WHILE_PASSWORD_EXPIRED = new Set(['/api/v1/auth/me', '/api/v1/auth/password', '/api/v1/auth/logout', '/api/v1/security/policy']);

export function addAuthenticateHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/')) {
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) {
      return;
    }
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) {
      return;
    }
    const auth = await authenticate(ctx, unsigned.value);
    if (!auth) {
      return;
    }
    req.auth = { actor: auth.actor, user: auth.user, sessionId: auth.session.id, regionCode: auth.session.regionCode };
    const expired = passwordExpired(auth.user, ctx.config.security.passwordMaxAgeDays, ctx.now());
    if (expired && !WHILE_PASSWORD_EXPIRED.has(req.url.split('?')[0] ?? '')) {
      throw new AppError(
        'AUTH.PASSWORD_EXPIRED',
        `密码已超过${ctx.config.security.passwordMaxAgeDays}天未修改，请先在“个人信息”中修改密码`,
      );
    }
  });
}
