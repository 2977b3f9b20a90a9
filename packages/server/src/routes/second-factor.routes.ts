import {
  ErrorBodySchema,
  LoginBodySchema,
  SecondFactorAccountSchema,
  SecondFactorPolicySchema,
  SecondFactorSetupSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import {
  enrolSecondFactorAtLogin,
  getSecondFactorPolicy,
  listSecondFactorAccounts,
  setSecondFactorPolicy,
} from '../auth/use-cases/second-factor-policy';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, type RouteOptions } from './api';

/** The second-factor policy of the region, the staff accounts' factors, and the set-up step at login (decision 0024). */
export function secondFactorRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/security/second-factor-policy',
    { schema: { tags: ['安全'], summary: '动态验证码策略（安全管理员）', response: { 200: SecondFactorPolicySchema, ...errorReplies } } },
    async (req) => getSecondFactorPolicy(ctx, requireActor(req)),
  );
  api.put(
    '/security/second-factor-policy',
    {
      schema: {
        tags: ['安全'],
        summary: '设置是否要求全体工作人员启用动态验证码（安全管理员）',
        body: SecondFactorPolicySchema,
        response: { 200: SecondFactorPolicySchema, ...errorReplies },
      },
    },
    async (req) => setSecondFactorPolicy(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.get(
    '/security/second-factor-accounts',
    {
      schema: {
        tags: ['安全'],
        summary: '工作人员账号的动态验证码状态（安全管理员）',
        response: { 200: z.array(SecondFactorAccountSchema), ...errorReplies },
      },
    },
    async (req) => listSecondFactorAccounts(ctx, requireActor(req)),
  );
  api.post(
    '/auth/second-factor/enrol',
    {
      schema: {
        tags: ['认证'],
        summary: '登录时设置动态验证码（本地区要求工作人员启用；以密码证明身份）',
        body: LoginBodySchema,
        response: {
          200: SecondFactorSetupSchema,
          401: ErrorBodySchema,
          409: ErrorBodySchema,
          422: ErrorBodySchema,
          423: ErrorBodySchema,
          429: ErrorBodySchema,
        },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req) => enrolSecondFactorAtLogin(ctx, req.body, requestMeta(req)),
  );
}
