import {
  AuditPageSchema,
  AuditQuerySchema,
  DepartmentSchema,
  ErrorBodySchema,
  IndustrySchema,
  PageQuerySchema,
  pageOf,
  RegionSchema,
  ROLES,
  RoleSchema,
  UserCreateSchema,
  UserSchema,
  UserUpdateSchema,
} from '@rouxing/contracts';
import { can, INDUSTRIES, REGIONS, ROLE_PERMISSIONS } from '@rouxing/domain';
import { z } from 'zod';
import { AppError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { searchAudit } from '../records/audit.repository';
import { createUser, listUsersUseCase, unlockUser, updateUser } from '../users/use-cases';
import { type Api, errorReplies, IdParamsSchema, NoContent, type RouteOptions } from './api';

export function adminRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/audit-log',
    {
      schema: {
        tags: ['审计'],
        summary: '审计日志（仅审计管理员）',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...errorReplies },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'audit.read')) {
        throw new AppError('AUTH.FORBIDDEN', '只有审计管理员可以查看审计日志');
      }
      const q = req.query;
      const r = await searchAudit(ctx.db, { regionCode: actor.regionCode, ...q });
      return { items: r.items, total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  api.get(
    '/users',
    {
      schema: {
        tags: ['账号'],
        summary: '账号列表（系统管理员）',
        querystring: PageQuerySchema.extend({ q: z.string().trim().max(64).optional() }),
        response: { 200: pageOf(UserSchema), ...errorReplies },
      },
    },
    async (req) => listUsersUseCase(ctx, requireActor(req), req.query),
  );
  api.post(
    '/users',
    {
      schema: {
        tags: ['账号'],
        summary: '创建账号',
        body: UserCreateSchema,
        response: { 201: UserSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/users/:id',
    {
      schema: {
        tags: ['账号'],
        summary: '修改账号（角色、部门、启停）',
        params: IdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: UserSchema, ...errorReplies },
      },
    },
    async (req) => updateUser(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/users/:id/unlock',
    { schema: { tags: ['账号'], summary: '解除锁定', params: IdParamsSchema, response: { 204: NoContent, ...errorReplies } } },
    async (req, reply) => {
      await unlockUser(ctx, requireActor(req), req.params.id, requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/departments',
    { schema: { tags: ['基础数据'], summary: '本行政区划的部门', response: { 200: z.array(DepartmentSchema), ...errorReplies } } },
    async (req) => {
      const actor = requireActor(req);
      const r = await ctx.db.query<{ id: string; regionCode: string; name: string; code: string }>(
        'SELECT id, region_code AS "regionCode", name, code FROM departments WHERE region_code = $1 ORDER BY code',
        [actor.regionCode],
      );
      return r.rows;
    },
  );
  api.get(
    '/reference/industries',
    { schema: { tags: ['基础数据'], summary: 'GB/T 4754-2017 国民经济行业分类', response: { 200: z.array(IndustrySchema) } } },
    async () => INDUSTRIES.map((i) => ({ code: i.code, name: i.name, parent: i.parent })),
  );
  api.get(
    '/reference/regions',
    { schema: { tags: ['基础数据'], summary: 'GB/T 2260 行政区划（湖南省）', response: { 200: z.array(RegionSchema) } } },
    async () => REGIONS.map((r) => ({ code: r.code, name: r.name, parent: r.parent, level: r.level })),
  );

  api.get(
    '/security/roles',
    {
      schema: {
        tags: ['安全'],
        summary: '角色与权限（安全管理员）',
        response: { 200: z.array(z.object({ role: RoleSchema, permissions: z.array(z.string()) })), ...errorReplies },
      },
    },
    async (req) => {
      if (!can(requireActor(req), 'security.read')) {
        throw new AppError('AUTH.FORBIDDEN', '只有安全管理员可以查看角色权限');
      }
      return ROLES.map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] }));
    },
  );
  api.get(
    '/security/policy',
    {
      schema: {
        tags: ['安全'],
        summary: '安全策略（安全管理员）',
        response: {
          200: z.object({
            passwordMinLength: z.number(),
            passwordMinClasses: z.number(),
            lockoutThreshold: z.number(),
            lockoutMinutes: z.number(),
            sessionIdleMinutes: z.number(),
            sessionAbsoluteHours: z.number(),
            passwordMaxAgeDays: z.number(),
          }),
          ...errorReplies,
        },
      },
    },
    async (req) => {
      if (!can(requireActor(req), 'security.read')) {
        throw new AppError('AUTH.FORBIDDEN', '只有安全管理员可以查看安全策略');
      }
      return ctx.config.security;
    },
  );
}
