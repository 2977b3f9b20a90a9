/** The Judicial Bureau's registers: the 综合查一次 task list and the trigger rules (触发式监管). */
import { TaskListEntryInputSchema, TaskListEntrySchema, TriggerRuleInputSchema, TriggerRuleSchema } from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { addTaskListEntry, publishTaskList, removeTaskListEntry } from '../joint-task-list/use-cases/change-task-list';
import { listTaskList } from '../joint-task-list/use-cases/list-task-list';
import { listRegionTriggerRules } from '../joint-task-list/use-cases/list-trigger-rules';
import { saveTriggerRule } from '../joint-task-list/use-cases/save-trigger-rule';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

export function taskListRoutes(api: Api, { ctx }: RouteOptions): void {
  const tags = ['综合查一次'];
  const list = { 200: z.array(TaskListEntrySchema), ...errorReplies };
  api.get('/joint-task-list', { schema: { tags, summary: '“综合查一次”任务清单（含待公布条目）', response: list } }, async (req) =>
    listTaskList(ctx, requireActor(req)),
  );
  api.post(
    '/joint-task-list/entries',
    { schema: { tags, summary: '加入任务清单（司法局；待公布）', body: TaskListEntryInputSchema, response: list } },
    async (req) => addTaskListEntry(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.post(
    '/joint-task-list/entries/remove',
    { schema: { tags, summary: '移出任务清单（司法局）', body: TaskListEntryInputSchema, response: list } },
    async (req) => removeTaskListEntry(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.post('/joint-task-list/publish', { schema: { tags, summary: '公布任务清单（司法局）', response: list } }, async (req) =>
    publishTaskList(ctx, requireActor(req), requestMeta(req)),
  );

  const ruleTags = ['触发式监管'];
  api.get(
    '/trigger-rules',
    { schema: { tags: ruleTags, summary: '触发规则', response: { 200: z.array(TriggerRuleSchema), ...errorReplies } } },
    async (req) => listRegionTriggerRules(ctx, requireActor(req)),
  );
  api.post(
    '/trigger-rules',
    {
      schema: {
        tags: ruleTags,
        summary: '新建触发规则（司法局）',
        body: TriggerRuleInputSchema,
        response: { 201: TriggerRuleSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await saveTriggerRule(ctx, requireActor(req), null, req.body, requestMeta(req))),
  );
  api.put(
    '/trigger-rules/:id',
    {
      schema: {
        tags: ruleTags,
        summary: '修改触发规则（来源、阈值、统计期、启停）',
        params: IdParamsSchema,
        body: TriggerRuleInputSchema,
        response: { 200: TriggerRuleSchema, ...errorReplies },
      },
    },
    async (req) => saveTriggerRule(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
}
