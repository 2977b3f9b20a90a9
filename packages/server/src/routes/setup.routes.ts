/** Setting a county up (issue 16): departments; items, task list and trigger rules are in their own modules. */
import { DepartmentInputSchema, DepartmentSchema, ErrorBodySchema } from '@rouxing/contracts';
import { createDepartment } from '../departments/use-cases/create-department';
import { editDepartment } from '../departments/use-cases/update-department';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

export function setupRoutes(api: Api, { ctx }: RouteOptions): void {
  api.post(
    '/departments',
    {
      schema: {
        tags: ['基础数据'],
        summary: '设立部门（系统管理员）',
        body: DepartmentInputSchema,
        response: { 201: DepartmentSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createDepartment(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/departments/:id',
    {
      schema: {
        tags: ['基础数据'],
        summary: '修改部门（名称、类型、机关代字）',
        params: IdParamsSchema,
        body: DepartmentInputSchema,
        response: { 200: DepartmentSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => editDepartment(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
}
