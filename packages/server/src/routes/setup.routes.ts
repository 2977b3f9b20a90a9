/** Setting a county up (issue 16): departments; items, task list and trigger rules are in their own modules. */
import {
  DepartmentInputSchema,
  DepartmentSchema,
  ErrorBodySchema,
  InspectionItemInputSchema,
  InspectionItemUpdateSchema,
  ManagedInspectionItemSchema,
  SetupStatusSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { createDepartment } from '../departments/use-cases/create-department';
import { editDepartment } from '../departments/use-cases/update-department';
import { requestMeta, requireActor } from '../http/request';
import { createInspectionItem } from '../inspection-items/use-cases/create-inspection-item';
import { listItemsToManage } from '../inspection-items/use-cases/list-managed-items';
import { publishInspectionItem } from '../inspection-items/use-cases/publish-inspection-item';
import { updateInspectionItem } from '../inspection-items/use-cases/update-inspection-item';
import { getSetupStatus } from '../setup/use-cases/get-setup-status';
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

  api.get(
    '/setup-status',
    {
      schema: {
        tags: ['基础数据'],
        summary: '开通向导：尚缺哪些设置（系统管理员）',
        response: { 200: SetupStatusSchema, ...errorReplies },
      },
    },
    async (req) => getSetupStatus(ctx, requireActor(req)),
  );
  itemRoutes(api, ctx);
}

/** 检查事项 maintained by the department's reviewer. */
function itemRoutes(api: Api, ctx: RouteOptions['ctx']): void {
  const tags = ['检查事项'];
  api.get(
    '/managed-inspection-items',
    {
      schema: {
        tags,
        summary: '本部门检查事项（法制审核人员维护；司法局可查看全部）',
        response: { 200: z.array(ManagedInspectionItemSchema), ...errorReplies },
      },
    },
    async (req) => listItemsToManage(ctx, requireActor(req)),
  );
  api.post(
    '/managed-inspection-items',
    {
      schema: {
        tags,
        summary: '新建检查事项（未公布）',
        body: InspectionItemInputSchema,
        response: { 201: ManagedInspectionItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createInspectionItem(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/managed-inspection-items/:id',
    {
      schema: {
        tags,
        summary: '修改检查事项',
        params: IdParamsSchema,
        body: InspectionItemUpdateSchema,
        response: { 200: ManagedInspectionItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateInspectionItem(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/managed-inspection-items/:id/publish',
    { schema: { tags, summary: '公布检查事项', params: IdParamsSchema, response: { 200: ManagedInspectionItemSchema, ...errorReplies } } },
    async (req) => publishInspectionItem(ctx, requireActor(req), req.params.id, requestMeta(req)),
  );
}
