/** 问卷调查 (issue 12 item 5): the Judicial Bureau's builder and results; the public and enterprise portals' answers. */
import {
  ErrorBodySchema,
  PublishedSurveySchema,
  SurveyAnswerSchema,
  SurveyInputSchema,
  SurveyReceiptSchema,
  SurveyResultsSchema,
  SurveySchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { answerSurvey, listPublished } from '../surveys/use-cases/answer-survey';
import { getSurvey, listAllSurveys } from '../surveys/use-cases/list-surveys';
import { saveSurvey } from '../surveys/use-cases/save-survey';
import { surveyResults, surveyResultsXlsx } from '../surveys/use-cases/survey-results';
import { takeSurveyStep } from '../surveys/use-cases/take-survey-step';
import {
  ANONYMOUS_RATE,
  type Api,
  anonymousErrors,
  attachmentHeader,
  errorReplies,
  fileReply,
  IdParamsSchema,
  type RouteOptions,
  XLSX_TYPE,
} from './api';

const tags = ['问卷调查'];
/** An anonymous answer: a few a minute per address (a person answers once; a script is slowed to a crawl). */
export const SURVEY_ANSWER_RATE = { rateLimit: { max: 5, timeWindow: '1 minute' } } as const;

export function surveyRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/surveys',
    { schema: { tags, summary: '问卷列表（司法局）', response: { 200: z.array(SurveySchema), ...errorReplies } } },
    async (req) => listAllSurveys(ctx, requireActor(req)),
  );
  api.post(
    '/surveys',
    { schema: { tags, summary: '新建问卷（草稿）', body: SurveyInputSchema, response: { 201: SurveySchema, ...errorReplies } } },
    async (req, reply) => reply.status(201).send(await saveSurvey(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/surveys/:id',
    { schema: { tags, summary: '问卷详情', params: IdParamsSchema, response: { 200: SurveySchema, ...errorReplies } } },
    async (req) => getSurvey(ctx, requireActor(req), req.params.id),
  );
  api.put(
    '/surveys/:id',
    {
      schema: {
        tags,
        summary: '修改问卷（仅草稿）',
        params: IdParamsSchema,
        body: SurveyInputSchema,
        response: { 200: SurveySchema, ...errorReplies },
      },
    },
    async (req) => saveSurvey(ctx, requireActor(req), req.body, requestMeta(req), req.params.id),
  );
  for (const step of ['publish', 'close'] as const) {
    api.post(
      `/surveys/:id/${step}`,
      {
        schema: {
          tags,
          summary: step === 'publish' ? '发布问卷' : '关闭问卷',
          params: IdParamsSchema,
          response: { 200: SurveySchema, ...errorReplies },
        },
      },
      async (req) => takeSurveyStep(ctx, requireActor(req), req.params.id, step, requestMeta(req)),
    );
  }
  api.get(
    '/surveys/:id/results',
    { schema: { tags, summary: '问卷统计结果', params: IdParamsSchema, response: { 200: SurveyResultsSchema, ...errorReplies } } },
    async (req) => surveyResults(ctx, requireActor(req), req.params.id),
  );
  api.get(
    '/surveys/:id/results.xlsx',
    {
      schema: {
        tags,
        summary: '导出问卷结果（.xlsx）',
        params: IdParamsSchema,
        response: { 200: fileReply(XLSX_TYPE, '问卷结果（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await surveyResultsXlsx(ctx, requireActor(req), req.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.body);
    },
  );
  // ── The enterprise portal: one answer per entity ──────────────────────────────────────────────
  api.get(
    '/portal/surveys',
    { schema: { tags: ['企业端'], summary: '企业端发布的问卷', response: { 200: z.array(PublishedSurveySchema), ...errorReplies } } },
    async (req) => listPublished(ctx, 'enterprise', requireActor(req)),
  );
  api.post(
    '/portal/surveys/:id/responses',
    {
      schema: {
        tags: ['企业端'],
        summary: '企业填写问卷（每个企业一次）',
        params: IdParamsSchema,
        body: SurveyAnswerSchema,
        response: { 201: SurveyReceiptSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await answerSurvey(ctx, 'enterprise', req.params.id, req.body, requireActor(req))),
  );
  // ── The public portal: anonymous, rate-limited ────────────────────────────────────────────────
  api.get(
    '/public/surveys',
    {
      config: ANONYMOUS_RATE,
      schema: {
        tags: ['公开（无需登录）'],
        summary: '公开发布的问卷',
        response: { 200: z.array(PublishedSurveySchema), ...anonymousErrors },
      },
    },
    async () => listPublished(ctx, 'public'),
  );
  api.post(
    '/public/surveys/:id/responses',
    {
      config: SURVEY_ANSWER_RATE,
      schema: {
        tags: ['公开（无需登录）'],
        summary: '匿名填写问卷（按来源地址限速）',
        params: IdParamsSchema,
        body: SurveyAnswerSchema,
        response: { 201: SurveyReceiptSchema, 404: ErrorBodySchema, ...anonymousErrors },
      },
    },
    async (req, reply) => reply.status(201).send(await answerSurvey(ctx, 'public', req.params.id, req.body)),
  );
}
