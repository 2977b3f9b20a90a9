import {
  AuditPageSchema,
  AuditQuerySchema,
  DepartmentSchema,
  ErrorBodySchema,
  IndustrySchema,
  RegionSchema,
  RolePermissionsSchema,
  SecurityPolicySchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { getRolePermissions } from '../auth/use-cases/get-role-permissions';
import { getSecurityPolicy } from '../auth/use-cases/get-security-policy';
import { listRegionDepartments } from '../departments/use-cases/list-departments';
import { requestMeta, requireActor } from '../http/request';
import { searchAuditLog } from '../records/use-cases/search-audit-log';
import { listIndustries } from '../reference/use-cases/list-industries';
import { listRegions } from '../reference/use-cases/list-regions';
import { createUser } from '../users/use-cases/create-user';
import { listRegionUsers } from '../users/use-cases/list-users';
import { unlockUser } from '../users/use-cases/unlock-user';
import { updateUser } from '../users/use-cases/update-user';
import { ANONYMOUS_RATE, type Api, anonymousErrors, errorReplies, IdParamsSchema, NoContent, type RouteOptions } from './api';

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
    async (req) => searchAuditLog(ctx, requireActor(req), req.query),
  );

  api.get(
    '/users',
    {
      schema: {
        tags: ['账号'],
        summary: '账号列表（系统管理员）',
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema, ...errorReplies },
      },
    },
    async (req) => listRegionUsers(ctx, requireActor(req), req.query),
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
    async (req) => listRegionDepartments(ctx, requireActor(req)),
  );
  api.get(
    '/reference/industries',
    {
      config: ANONYMOUS_RATE,
      schema: {
        tags: ['基础数据'],
        summary: 'GB/T 4754-2017 国民经济行业分类',
        response: { 200: z.array(IndustrySchema), ...anonymousErrors },
      },
    },
    async () => listIndustries(),
  );
  api.get(
    '/reference/regions',
    {
      config: ANONYMOUS_RATE,
      schema: { tags: ['基础数据'], summary: 'GB/T 2260 行政区划（湖南省）', response: { 200: z.array(RegionSchema), ...anonymousErrors } },
    },
    async () => listRegions(),
  );

  api.get(
    '/security/roles',
    {
      schema: {
        tags: ['安全'],
        summary: '角色与权限（安全管理员）',
        response: { 200: z.array(RolePermissionsSchema), ...errorReplies },
      },
    },
    async (req) => getRolePermissions(requireActor(req)),
  );
  api.get(
    '/security/policy',
    { schema: { tags: ['安全'], summary: '安全策略（安全管理员）', response: { 200: SecurityPolicySchema, ...errorReplies } } },
    async (req) => getSecurityPolicy(ctx, requireActor(req)),
  );
}
