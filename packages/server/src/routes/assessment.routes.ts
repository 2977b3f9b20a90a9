/** 督导考评 · 年度考评 over HTTP (常政办发〔2025〕5号 保障措施（二）): the year's scores, the weights, the additions and deductions, the report. */
import {
  AssessmentSchema,
  AssessmentYearParamsSchema,
  CreateAssessmentAdjustmentSchema,
  SaveAssessmentWeightsSchema,
} from '@rouxing/contracts';
import { exportAssessmentDocx, exportAssessmentXlsx } from '../assessment/use-cases/export-assessment-report';
import { getAssessment } from '../assessment/use-cases/get-assessment';
import { recordAssessmentAdjustment } from '../assessment/use-cases/record-assessment-adjustment';
import { saveAssessmentWeights } from '../assessment/use-cases/save-assessment-weights';
import { requestMeta, requireActor } from '../http/request';
import { type Api, attachmentHeader, DOCX_TYPE, errorReplies, fileReply, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['督导考评'];

export function assessmentRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/assessments/:year',
    {
      schema: {
        tags,
        summary: '年度考评：各执法部门的指标得分、加减分、总分及排名（部门只看本部门）',
        params: AssessmentYearParamsSchema,
        response: { 200: AssessmentSchema, ...errorReplies },
      },
    },
    async (req) => getAssessment(ctx, requireActor(req), req.params.year),
  );
  api.put(
    '/assessments/:year/weights',
    {
      schema: {
        tags,
        summary: '设置年度考评的指标权重和目标（司法局；权重为整数，合计100）',
        params: AssessmentYearParamsSchema,
        body: SaveAssessmentWeightsSchema,
        response: { 200: AssessmentSchema, ...errorReplies },
      },
    },
    async (req) => saveAssessmentWeights(ctx, requireActor(req), req.params.year, req.body, requestMeta(req)),
  );
  api.post(
    '/assessments/:year/adjustments',
    {
      schema: {
        tags,
        summary: '登记加分或减分及理由（司法局；留痕，不可修改）',
        params: AssessmentYearParamsSchema,
        body: CreateAssessmentAdjustmentSchema,
        response: { 201: AssessmentSchema, ...errorReplies },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordAssessmentAdjustment(ctx, requireActor(req), req.params.year, req.body, requestMeta(req))),
  );
  api.get(
    '/assessments/:year/report.docx',
    {
      schema: {
        tags,
        summary: '导出年度考评报告（.docx，含得分表、指标数值和图表）',
        params: AssessmentYearParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '年度考评报告（.docx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const file = await exportAssessmentDocx(ctx, requireActor(req), req.params.year);
      reply.header('content-type', DOCX_TYPE);
      reply.header('content-disposition', attachmentHeader(`${req.params.year}年度考评报告.docx`));
      return reply.send(file);
    },
  );
  api.get(
    '/assessments/:year/report.xlsx',
    {
      schema: {
        tags,
        summary: '导出年度考评（.xlsx：得分及每个指标一页）',
        params: AssessmentYearParamsSchema,
        response: { 200: fileReply(XLSX_TYPE, '年度考评（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const file = await exportAssessmentXlsx(ctx, requireActor(req), req.params.year);
      reply.header('content-type', XLSX_TYPE);
      reply.header('content-disposition', attachmentHeader(`${req.params.year}年度考评.xlsx`));
      return reply.send(file);
    },
  );
}
