/**
 * The registers around cases over HTTP: observation periods, guiding cases (public too), document
 * templates, follow-up days, the 公益抵罚 rule, and guidance to a class of entities.
 */
import {
  CampaignInputSchema,
  CampaignPreviewSchema,
  CampaignSchema,
  CampaignSentSchema,
  CampaignTargetSchema,
  DocTypeParamsSchema,
  ErrorBodySchema,
  FollowUpSettingSchema,
  FollowUpSettingsInputSchema,
  GuidingCaseInputSchema,
  GuidingCaseQuerySchema,
  GuidingCaseRefSchema,
  GuidingCaseSchema,
  ObservationDecisionSchema,
  ObservationPeriodInputSchema,
  ObservationPeriodRefSchema,
  ObservationPeriodSchema,
  ReceivedGuidanceSchema,
  ServiceOffsetRuleInputSchema,
  ServiceOffsetRuleSchema,
  TemplateRevertedSchema,
  TemplateTypeSchema,
  TemplateUploadedSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { guidanceFile } from '../cases/campaigns/use-cases/guidance-file';
import { listCampaigns } from '../cases/campaigns/use-cases/list-campaigns';
import { myGuidance } from '../cases/campaigns/use-cases/my-guidance';
import { previewCampaign } from '../cases/campaigns/use-cases/preview-campaign';
import { sendCampaign } from '../cases/campaigns/use-cases/send-campaign';
import { getFollowUpSettings } from '../cases/follow-up-settings/use-cases/get-follow-up-settings';
import { setFollowUpSettings } from '../cases/follow-up-settings/use-cases/set-follow-up-settings';
import { listPublicGuidingCases } from '../cases/guiding-cases/use-cases/list-public-guiding-cases';
import { publishGuidingCase } from '../cases/guiding-cases/use-cases/publish-guiding-case';
import { decideObservationPeriod } from '../cases/observation-periods/use-cases/decide-observation-period';
import { listObservationPeriods } from '../cases/observation-periods/use-cases/list-observation-periods';
import { proposeObservationPeriod } from '../cases/observation-periods/use-cases/propose-observation-period';
import { getServiceOffsetRule } from '../cases/service-offset-rules/use-cases/get-service-offset-rule';
import { setServiceOffsetRule } from '../cases/service-offset-rules/use-cases/set-service-offset-rule';
import { defaultTemplate } from '../cases/templates/use-cases/default-template';
import { listTemplates } from '../cases/templates/use-cases/list-templates';
import { revertTemplate } from '../cases/templates/use-cases/revert-template';
import { uploadTemplate } from '../cases/templates/use-cases/upload-template';
import { requestMeta, requireActor } from '../http/request';
import { type Api, attachmentHeader, DOCX_TYPE, errorReplies, fileReply, IdParamsSchema, type RouteOptions, readUpload } from './api';

const tags = ['柔性执法工作机制'];
const portal = ['企业端'];
/** A template is a small Word file. */
const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

export function caseRegisterRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/observation-periods',
    { schema: { tags, summary: '观察期名录', response: { 200: z.array(ObservationPeriodSchema), ...errorReplies } } },
    async (req) => listObservationPeriods(ctx, requireActor(req)),
  );
  api.post(
    '/observation-periods',
    {
      schema: {
        tags,
        summary: '提出观察期（新业态新模式市场主体）',
        body: ObservationPeriodInputSchema,
        response: { 201: ObservationPeriodRefSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await proposeObservationPeriod(ctx, requireActor(req), requestMeta(req), req.body)),
  );
  api.post(
    '/observation-periods/:id/decision',
    {
      schema: {
        tags,
        summary: '法制审核人员审批观察期',
        params: IdParamsSchema,
        body: ObservationDecisionSchema,
        response: { 200: ObservationPeriodRefSchema, ...errorReplies },
      },
    },
    async (req) => decideObservationPeriod(ctx, requireActor(req), requestMeta(req), req.params.id, req.body.approve),
  );

  api.post(
    '/cases/:id/guiding-case',
    {
      schema: {
        tags,
        summary: '将已归档案件发布为指导性案例（自动匿名化）',
        params: IdParamsSchema,
        body: GuidingCaseInputSchema,
        response: { 201: GuidingCaseRefSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await publishGuidingCase(ctx, requireActor(req), requestMeta(req), req.params.id, req.body)),
  );
  api.get(
    '/public/guiding-cases',
    {
      schema: {
        tags: ['公开'],
        summary: '指导性案例（公开，无需登录）',
        querystring: GuidingCaseQuerySchema,
        response: { 200: z.array(GuidingCaseSchema), 422: ErrorBodySchema },
      },
    },
    async (req) => listPublicGuidingCases(ctx, ctx.config.regionCode, req.query.q),
  );

  api.get(
    '/document-templates',
    { schema: { tags, summary: '本部门文书模板及版本', response: { 200: z.array(TemplateTypeSchema), ...errorReplies } } },
    async (req) => listTemplates(ctx, requireActor(req)),
  );
  api.get(
    '/document-templates/:docType/default.docx',
    {
      schema: {
        tags,
        summary: '下载默认模板（公文格式，含占位符）',
        params: DocTypeParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '默认模板（.docx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireActor(req);
      const { fileName, docx } = await defaultTemplate(req.params.docType);
      reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(docx);
    },
  );
  api.post(
    '/document-templates/:docType',
    {
      schema: {
        tags,
        summary: '上传新版本文书模板（法制审核人员）',
        params: DocTypeParamsSchema,
        response: { 201: TemplateUploadedSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const { file, fileName } = await readUpload(req, MAX_TEMPLATE_BYTES);
      return reply
        .code(201)
        .send(await uploadTemplate(ctx, requireActor(req), requestMeta(req), req.params.docType, { data: file, fileName }));
    },
  );
  api.post(
    '/document-templates/:docType/revert',
    {
      schema: {
        tags,
        summary: '恢复使用默认模板',
        params: DocTypeParamsSchema,
        response: { 200: TemplateRevertedSchema, ...errorReplies },
      },
    },
    async (req) => revertTemplate(ctx, requireActor(req), requestMeta(req), req.params.docType),
  );

  api.get(
    '/follow-up-settings',
    { schema: { tags, summary: '各类措施的回访期限（天）', response: { 200: z.array(FollowUpSettingSchema), ...errorReplies } } },
    async (req) => getFollowUpSettings(ctx, requireActor(req)),
  );
  api.put(
    '/follow-up-settings',
    {
      schema: {
        tags,
        summary: '设置回访期限（法制审核人员）',
        body: FollowUpSettingsInputSchema,
        response: { 200: z.array(FollowUpSettingSchema), ...errorReplies },
      },
    },
    async (req) => setFollowUpSettings(ctx, requireActor(req), requestMeta(req), req.body),
  );
  api.get(
    '/service-offset-rule',
    { schema: { tags, summary: '本部门公益抵罚折抵规则', response: { 200: ServiceOffsetRuleSchema.nullable(), ...errorReplies } } },
    async (req) => getServiceOffsetRule(ctx, requireActor(req)),
  );
  api.put(
    '/service-offset-rule',
    {
      schema: {
        tags,
        summary: '公布公益抵罚折抵规则（公安、交通运输部门）',
        body: ServiceOffsetRuleInputSchema,
        response: { 200: ServiceOffsetRuleSchema.nullable(), ...errorReplies },
      },
    },
    async (req) => setServiceOffsetRule(ctx, requireActor(req), requestMeta(req), req.body),
  );

  api.get(
    '/guidance-campaigns',
    {
      schema: {
        tags,
        summary: '面向一类市场主体的行政提示、建议、指导',
        response: { 200: z.array(CampaignSchema), ...errorReplies },
      },
    },
    async (req) => listCampaigns(ctx, requireActor(req)),
  );
  api.post(
    '/guidance-campaigns/preview',
    {
      schema: { tags, summary: '预览指导对象数量', body: CampaignTargetSchema, response: { 200: CampaignPreviewSchema, ...errorReplies } },
    },
    async (req) => previewCampaign(ctx, requireActor(req), req.body),
  );
  api.post(
    '/guidance-campaigns',
    {
      schema: {
        tags,
        summary: '向一类市场主体发出行政提示、建议或指导（每户一份文书）',
        body: CampaignInputSchema,
        response: { 201: CampaignSentSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await sendCampaign(ctx, requireActor(req), requestMeta(req), req.body)),
  );
  api.get(
    '/portal/guidance',
    {
      schema: { tags: portal, summary: '收到的行政提示、建议和指导', response: { 200: z.array(ReceivedGuidanceSchema), ...errorReplies } },
    },
    async (req) => myGuidance(ctx, requireActor(req)),
  );
  api.get(
    '/portal/guidance/:id/file',
    {
      schema: {
        tags: portal,
        summary: '查看（下载）指导文书',
        params: IdParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '指导文书（.docx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await guidanceFile(ctx, requireActor(req), req.params.id);
      reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
}
