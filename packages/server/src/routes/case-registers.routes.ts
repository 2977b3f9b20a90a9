/**
 * The registers around cases over HTTP: observation periods, guiding cases (public too), document
 * templates, follow-up days, the 公益抵罚 rule, and guidance to a class of entities.
 */
import { z } from 'zod';
import { CampaignInputSchema, guidanceFile, listCampaigns, myGuidance, previewCampaign, sendCampaign } from '../cases/campaigns';
import {
  decideObservationPeriod,
  FollowUpSettingsSchema,
  followUpSettings,
  GuidingCaseInputSchema,
  isDocumentType,
  listObservationPeriods,
  listTemplates,
  ObservationPeriodInputSchema,
  proposeObservationPeriod,
  publicGuidingCases,
  publishGuidingCase,
  revertTemplate,
  ServiceOffsetRuleInputSchema,
  serviceOffsetRule,
  setFollowUpSettings,
  setServiceOffsetRule,
  uploadTemplate,
} from '../cases/registers';
import { defaultTemplateDocx } from '../documents/gongwen';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { type Api, attachmentHeader, IdParamsSchema, type RouteOptions, readUpload } from './api';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const tags = ['柔性执法工作机制'];

export function caseRegisterRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get('/observation-periods', { schema: { tags, summary: '观察期名录' } }, async (req) =>
    listObservationPeriods(ctx, requireActor(req)),
  );
  api.post(
    '/observation-periods',
    { schema: { tags, summary: '提出观察期（新业态新模式市场主体）', body: ObservationPeriodInputSchema } },
    async (req, reply) => {
      reply.code(201);
      return proposeObservationPeriod(ctx, requireActor(req), requestMeta(req), req.body);
    },
  );
  api.post(
    '/observation-periods/:id/decision',
    {
      schema: {
        tags,
        summary: '法制审核人员审批观察期',
        params: IdParamsSchema,
        body: z.object({ approve: z.boolean({ message: '请选择批准或不批准' }) }),
      },
    },
    async (req) => decideObservationPeriod(ctx, requireActor(req), requestMeta(req), req.params.id, req.body.approve),
  );

  api.post(
    '/cases/:id/guiding-case',
    { schema: { tags, summary: '将已归档案件发布为指导性案例（自动匿名化）', params: IdParamsSchema, body: GuidingCaseInputSchema } },
    async (req, reply) => {
      reply.code(201);
      return publishGuidingCase(ctx, requireActor(req), requestMeta(req), req.params.id, req.body);
    },
  );
  api.get(
    '/public/guiding-cases',
    {
      schema: {
        tags: ['公开'],
        summary: '指导性案例（公开，无需登录）',
        querystring: z.object({ q: z.string().trim().max(50).optional() }),
      },
    },
    async (req) => publicGuidingCases(ctx, ctx.config.regionCode, req.query.q),
  );

  api.get('/document-templates', { schema: { tags, summary: '本部门文书模板及版本' } }, async (req) =>
    listTemplates(ctx, requireActor(req)),
  );
  api.get(
    '/document-templates/:docType/default.docx',
    { schema: { tags, summary: '下载默认模板（公文格式，含占位符）', params: z.object({ docType: z.string() }) } },
    async (req, reply) => {
      requireActor(req);
      if (!isDocumentType(req.params.docType)) {
        throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
      }
      reply.header('content-type', DOCX).header('content-disposition', attachmentHeader(`${req.params.docType}-默认模板.docx`));
      return reply.send(await defaultTemplateDocx(req.params.docType));
    },
  );
  api.post(
    '/document-templates/:docType',
    { schema: { tags, summary: '上传新版本文书模板（法制审核人员）', params: z.object({ docType: z.string() }) } },
    async (req, reply) => {
      const { file, fileName } = await readUpload(req, 10 * 1024 * 1024);
      reply.code(201);
      return uploadTemplate(ctx, requireActor(req), requestMeta(req), req.params.docType, { data: file, fileName });
    },
  );
  api.post(
    '/document-templates/:docType/revert',
    { schema: { tags, summary: '恢复使用默认模板', params: z.object({ docType: z.string() }) } },
    async (req) => revertTemplate(ctx, requireActor(req), requestMeta(req), req.params.docType),
  );

  api.get('/follow-up-settings', { schema: { tags, summary: '各类措施的回访期限（天）' } }, async (req) =>
    followUpSettings(ctx, requireActor(req)),
  );
  api.put('/follow-up-settings', { schema: { tags, summary: '设置回访期限（法制审核人员）', body: FollowUpSettingsSchema } }, async (req) =>
    setFollowUpSettings(ctx, requireActor(req), requestMeta(req), req.body),
  );
  api.get('/service-offset-rule', { schema: { tags, summary: '本部门公益抵罚折抵规则' } }, async (req) =>
    serviceOffsetRule(ctx, requireActor(req)),
  );
  api.put(
    '/service-offset-rule',
    { schema: { tags, summary: '公布公益抵罚折抵规则（公安、交通运输部门）', body: ServiceOffsetRuleInputSchema } },
    async (req) => setServiceOffsetRule(ctx, requireActor(req), requestMeta(req), req.body),
  );

  api.get('/guidance-campaigns', { schema: { tags, summary: '面向一类市场主体的行政提示、建议、指导' } }, async (req) =>
    listCampaigns(ctx, requireActor(req)),
  );
  api.post(
    '/guidance-campaigns/preview',
    { schema: { tags, summary: '预览指导对象数量', body: CampaignInputSchema.shape.target } },
    async (req) => previewCampaign(ctx, requireActor(req), req.body),
  );
  api.post(
    '/guidance-campaigns',
    { schema: { tags, summary: '向一类市场主体发出行政提示、建议或指导（每户一份文书）', body: CampaignInputSchema } },
    async (req, reply) => {
      reply.code(201);
      return sendCampaign(ctx, requireActor(req), requestMeta(req), req.body);
    },
  );
  api.get('/portal/guidance', { schema: { tags: ['企业端'], summary: '收到的行政提示、建议和指导' } }, async (req) =>
    myGuidance(ctx, requireActor(req)),
  );
  api.get(
    '/portal/guidance/:id/file',
    { schema: { tags: ['企业端'], summary: '查看（下载）指导文书', params: IdParamsSchema } },
    async (req, reply) => {
      const f = await guidanceFile(ctx, requireActor(req), req.params.id);
      reply.header('content-type', DOCX).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
}
