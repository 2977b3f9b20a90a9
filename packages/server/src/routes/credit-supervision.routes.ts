/**
 * 信用监管 over HTTP (常政办发〔2025〕5号 第十三项): the credit matrix (司法局), an entity's grade, history and risk
 * level, and 承诺式检查 — sent and verified by the department, answered with a commitment in the portal.
 */
import {
  CreditGradeSetSchema,
  CreditMatrixSchema,
  CreditMatrixViewSchema,
  CreditProfileSchema,
  SelfInspectionAnswerSchema,
  SelfInspectionCreateSchema,
  SelfInspectionDrawResultSchema,
  SelfInspectionDrawSchema,
  SelfInspectionListSchema,
  SelfInspectionSchema,
  SelfInspectionVerifySchema,
} from '@rouxing/contracts';
import { answerSelfInspection } from '../credit-supervision/use-cases/answer-self-inspection';
import { createSelfInspection } from '../credit-supervision/use-cases/create-self-inspection';
import { getCreditProfile, setCreditGrade } from '../credit-supervision/use-cases/credit-grade';
import { getCreditMatrix, saveCreditMatrix } from '../credit-supervision/use-cases/credit-matrix';
import { drawSelfInspections, getSelfInspectionDraw } from '../credit-supervision/use-cases/draw-self-inspections';
import {
  departmentSelfInspections,
  getDepartmentSelfInspection,
  getMySelfInspection,
  mySelfInspections,
} from '../credit-supervision/use-cases/list-self-inspections';
import { verifySelfInspection } from '../credit-supervision/use-cases/verify-self-inspection';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

const tags = ['信用监管'];
const portal = ['企业端：承诺式检查'];

export function creditSupervisionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/credit-matrix',
    { schema: { tags, summary: '信用监管矩阵（信用等级×风险等级）', response: { 200: CreditMatrixViewSchema, ...errorReplies } } },
    async (req) => getCreditMatrix(ctx, requireActor(req)),
  );
  api.put(
    '/credit-matrix',
    {
      schema: {
        tags,
        summary: '保存信用监管矩阵（司法局）',
        body: CreditMatrixSchema,
        response: { 200: CreditMatrixViewSchema, ...errorReplies },
      },
    },
    async (req) => saveCreditMatrix(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.get(
    '/entities/:id/credit-profile',
    {
      schema: {
        tags,
        summary: '主体的信用等级、历史、风险等级和适用的监管方式',
        params: IdParamsSchema,
        response: { 200: CreditProfileSchema, ...errorReplies },
      },
    },
    async (req) => getCreditProfile(ctx, requireActor(req), req.params.id),
  );
  api.put(
    '/entities/:id/credit-grade',
    {
      schema: {
        tags,
        summary: '评定主体的信用等级（司法局，保留历史）',
        params: IdParamsSchema,
        body: CreditGradeSetSchema,
        response: { 200: CreditProfileSchema, ...errorReplies },
      },
    },
    async (req) => setCreditGrade(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/self-inspections',
    { schema: { tags, summary: '本部门的承诺式检查（司法局：全部门）', response: { 200: SelfInspectionListSchema, ...errorReplies } } },
    async (req) => departmentSelfInspections(ctx, requireActor(req)),
  );
  api.post(
    '/self-inspections',
    {
      schema: {
        tags,
        summary: '发起承诺式检查（信用监管矩阵允许且无公示中的严重失信信息）',
        body: SelfInspectionCreateSchema,
        response: { 201: SelfInspectionSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await createSelfInspection(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/self-inspections/:id',
    { schema: { tags, summary: '承诺式检查详情', params: IdParamsSchema, response: { 200: SelfInspectionSchema, ...errorReplies } } },
    async (req) => getDepartmentSelfInspection(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/self-inspections/:id/verify',
    {
      schema: {
        tags,
        summary: '记录现场核查结果（虚假承诺记入失信信息）',
        params: IdParamsSchema,
        body: SelfInspectionVerifySchema,
        response: { 200: SelfInspectionSchema, ...errorReplies },
      },
    },
    async (req) => verifySelfInspection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/self-inspection-draws',
    {
      schema: {
        tags,
        summary: '抽取现场核查的承诺式检查（可复现：公布随机种子）',
        body: SelfInspectionDrawSchema,
        response: { 201: SelfInspectionDrawResultSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await drawSelfInspections(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/self-inspection-draws/:id',
    {
      schema: {
        tags,
        summary: '现场核查抽取结果',
        params: IdParamsSchema,
        response: { 200: SelfInspectionDrawResultSchema, ...errorReplies },
      },
    },
    async (req) => getSelfInspectionDraw(ctx, requireActor(req), req.params.id),
  );
  api.get(
    '/portal/self-inspections',
    { schema: { tags: portal, summary: '本企业的承诺式检查', response: { 200: SelfInspectionListSchema, ...errorReplies } } },
    async (req) => mySelfInspections(ctx, requireActor(req)),
  );
  api.get(
    '/portal/self-inspections/:id',
    {
      schema: {
        tags: portal,
        summary: '本企业的承诺式检查详情',
        params: IdParamsSchema,
        response: { 200: SelfInspectionSchema, ...errorReplies },
      },
    },
    async (req) => getMySelfInspection(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/portal/self-inspections/:id/answer',
    {
      schema: {
        tags: portal,
        summary: '逐项自查并签署承诺',
        params: IdParamsSchema,
        body: SelfInspectionAnswerSchema,
        response: { 200: SelfInspectionSchema, ...errorReplies },
      },
    },
    async (req) => answerSelfInspection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
}
