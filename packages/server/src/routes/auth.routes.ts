import {
  ErrorBodySchema,
  LoginBodySchema,
  MeSchema,
  PasswordChangeSchema,
  SecondFactorCodeSchema,
  SecondFactorSetupSchema,
} from '@rouxing/contracts';
import { getMe } from '../auth/use-cases/get-me';
import { auditRateLimitedLogin, login } from '../auth/use-cases/login';
import { logout } from '../auth/use-cases/logout';
import { enableSecondFactor, resetSecondFactor, setUpSecondFactor } from '../auth/use-cases/second-factor';
import { errorHandler } from '../http/error-handler';
import { requestMeta, requireActor, requireAuth, SESSION_COOKIE } from '../http/request';
import { changeOwnPassword } from '../users/use-cases/change-own-password';
import { type Api, errorReplies, IdParamsSchema, NoContent, type RouteOptions } from './api';

const tags = ['认证'];

export function authRoutes(api: Api, opts: RouteOptions): void {
  const { ctx } = opts;

  api.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: '登录',
        body: LoginBodySchema,
        response: { 200: MeSchema, 401: ErrorBodySchema, 422: ErrorBodySchema, 423: ErrorBodySchema, 429: ErrorBodySchema },
      },
      // Counted per client address after the body is read, so that a refused attempt is audited with its username.
      config: { rateLimit: { max: 30, timeWindow: '1 minute', hook: 'preHandler' } },
      errorHandler: async (err, req, reply) => {
        if ((err as { statusCode?: number }).statusCode === 429) {
          await auditRateLimitedLogin(ctx, req.body, requestMeta(req));
        }
        return errorHandler(err, req, reply);
      },
    },
    async (req, reply) => {
      const { me, cookie } = await login(ctx, req.body, requestMeta(req));
      reply.setCookie(SESSION_COOKIE, cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        // Outside demo mode the cookie travels only over HTTPS (SECURITY.md), even when the server itself is
        // reached over plain HTTP behind a TLS-terminating proxy; browsers accept it from http://localhost.
        secure: opts.secureCookies ?? ctx.config.mode === 'production',
        signed: true,
        maxAge: ctx.config.security.sessionAbsoluteHours * 3600,
      });
      return me;
    },
  );

  api.post(
    '/auth/logout',
    { schema: { tags, summary: '退出登录（服务端撤销会话）', response: { 204: NoContent } } },
    async (req, reply) => {
      await logout(ctx, req.auth, requestMeta(req));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.get('/auth/me', { schema: { tags, summary: '当前用户', response: { 200: MeSchema, 401: ErrorBodySchema } } }, async (req) =>
    getMe(ctx, requireAuth(req).user),
  );

  api.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: '修改本人密码',
        body: PasswordChangeSchema,
        response: { 204: NoContent, 401: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      await changeOwnPassword(ctx, requireActor(req), req.body, requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/auth/second-factor/setup',
    {
      schema: {
        tags,
        summary: '设置动态验证码：生成密钥（二维码），在身份验证器中添加后用验证码启用',
        response: { 201: SecondFactorSetupSchema, 401: ErrorBodySchema, 409: ErrorBodySchema },
      },
    },
    async (req, reply) => reply.status(201).send(await setUpSecondFactor(ctx, requireActor(req), requestMeta(req))),
  );

  api.post(
    '/auth/second-factor/enable',
    {
      schema: {
        tags,
        summary: '用身份验证器当前的验证码启用动态验证码（此后登录须同时输入）',
        body: SecondFactorCodeSchema,
        response: { 200: MeSchema, 401: ErrorBodySchema, 409: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (req) => enableSecondFactor(ctx, requireActor(req), req.body.code, requestMeta(req)),
  );

  api.delete(
    '/users/:id/second-factor',
    {
      schema: {
        tags,
        summary: '重置账号的动态验证码（设备遗失；安全管理员）',
        params: IdParamsSchema,
        response: { 204: NoContent, ...errorReplies },
      },
    },
    async (req, reply) => {
      await resetSecondFactor(ctx, requireActor(req), req.params.id, requestMeta(req));
      return reply.status(204).send(null);
    },
  );
}
