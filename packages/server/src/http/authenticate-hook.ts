/**
 * Every API request: the signed session cookie resolved to its session and user (`auth/authenticate.ts`),
 * set on `req.auth`; a request without a valid session goes on with `req.auth = null` and the route
 * decides (`requireAuth` answers 401).
 */
import type { FastifyInstance } from 'fastify';
import { authenticate } from '../auth/authenticate';
import type { AppContext } from '../context';
import { SESSION_COOKIE } from './request';

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
    if (auth) {
      req.auth = { actor: auth.actor, user: auth.user, sessionId: auth.session.id, regionCode: auth.session.regionCode };
    }
  });
}
