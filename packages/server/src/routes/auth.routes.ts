import { ErrorBodySchema, LoginBodySchema, MeSchema, PasswordChangeSchema } from '@rouxing/contracts';
import { login } from '../auth/login';
import { revokeSession } from '../auth/session.repository';
import { findEntityByUscc } from '../entities/entity.repository';
import { requestMeta, requireActor, requireAuth, SESSION_COOKIE } from '../http/request';
import { appendAudit } from '../records/audit.repository';
import { changeOwnPassword } from '../users/use-cases';
import { toMeDto } from '../users/user-dto';
import { type Api, NoContent, type RouteOptions } from './api';

export function authRoutes(api: Api, opts: RouteOptions): void {
  const { ctx } = opts;
  const entityIdOf = async (regionCode: string, uscc: string | null) =>
    uscc ? ((await findEntityByUscc(ctx.db, regionCode, uscc))?.id ?? null) : null;

  api.post(
    '/auth/login',
    {
      schema: {
        tags: ['认证'],
        summary: '登录',
        body: LoginBodySchema,
        response: { 200: MeSchema, 401: ErrorBodySchema, 422: ErrorBodySchema, 423: ErrorBodySchema },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { user, cookie } = await login(ctx, req.body, requestMeta(req));
      reply.setCookie(SESSION_COOKIE, cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.secureCookies ?? false,
        signed: true,
        maxAge: ctx.config.security.sessionAbsoluteHours * 3600,
      });
      return toMeDto(user, await entityIdOf(user.regionCode, user.entityUscc));
    },
  );

  api.post(
    '/auth/logout',
    { schema: { tags: ['认证'], summary: '退出登录（服务端撤销会话）', response: { 204: NoContent } } },
    async (req, reply) => {
      const auth = req.auth;
      if (auth) {
        const now = ctx.now().toISOString();
        await ctx.db.transaction(async (tx) => {
          await revokeSession(tx, auth.regionCode, auth.sessionId, now);
          await appendAudit(tx, {
            regionCode: auth.regionCode,
            actor: { id: auth.actor.userId, name: auth.actor.displayName },
            action: 'auth.logout',
            objectType: 'user',
            objectId: auth.actor.userId,
            result: 'success',
            sourceIp: req.ip,
            occurredAt: now,
          });
        });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/auth/me',
    { schema: { tags: ['认证'], summary: '当前用户', response: { 200: MeSchema, 401: ErrorBodySchema } } },
    async (req) => {
      const user = requireAuth(req).user;
      return toMeDto(user, await entityIdOf(user.regionCode, user.entityUscc));
    },
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags: ['认证'],
        summary: '修改本人密码',
        body: PasswordChangeSchema.passthrough(),
        response: { 204: NoContent, 401: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      await changeOwnPassword(ctx, requireActor(req), req.body, requestMeta(req));
      return reply.status(204).send(null);
    },
  );
}
