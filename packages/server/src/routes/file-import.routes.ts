/**
 * The routes every file import has, registered once per import (市场主体 under `/entity-imports`, 行政处罚决定
 * under `/issued-decision-imports`): the blank template, the upload that starts a job, the job's progress
 * with its first row errors, and every row error as .xlsx.
 */

import type { Readable } from 'node:stream';
import { ErrorBodySchema, type ImportJob, ImportJobSchema, type ImportTemplateQuery, ImportTemplateQuerySchema } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import { requestMeta, requireActor } from '../http/request';
import { exportImportErrors } from '../imports/use-cases/export-import-errors';
import { getImportJob } from '../imports/use-cases/get-import-job';
import { type Api, attachmentHeader, CSV_TYPE, errorReplies, fileReply, IdParamsSchema, readUploadStream, XLSX_TYPE } from './api';

export interface FileImportRoutes {
  /** URL prefix, e.g. `/entity-imports`. */
  path: string;
  tags: string[];
  /** What is imported, in the summaries (市场主体). */
  title: string;
  /** The upload's summary: how the file is taken in (in batches, or whole or not at all). */
  uploadSummary: string;
  template: (query: ImportTemplateQuery) => Promise<{ fileName: string; body: string | Buffer }>;
  start: (
    ctx: AppContext,
    actor: Actor,
    upload: { fileName: string; stream: Readable; truncated: () => boolean },
    meta: RequestMeta,
  ) => Promise<{ job: ImportJob }>;
}

export function fileImportRoutes(api: Api, ctx: AppContext, o: FileImportRoutes): void {
  const { tags } = o;
  api.get(
    `${o.path}/template`,
    {
      schema: {
        tags,
        summary: `下载${o.title}导入模板`,
        querystring: ImportTemplateQuerySchema,
        response: { 200: fileReply([XLSX_TYPE, CSV_TYPE], `${o.title}导入模板（.xlsx 或 .csv）`), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireActor(req);
      const { fileName, body } = await o.template(req.query);
      reply
        .header('content-type', req.query.format === 'csv' ? CSV_TYPE : XLSX_TYPE)
        .header('content-disposition', attachmentHeader(fileName));
      return reply.send(body);
    },
  );

  api.post(
    o.path,
    {
      schema: {
        tags,
        summary: o.uploadSummary,
        consumes: ['multipart/form-data'],
        response: { 202: ImportJobSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { job } = await o.start(ctx, actor, await readUploadStream(req), requestMeta(req));
      return reply.status(202).send(job);
    },
  );

  api.get(
    `${o.path}/:id`,
    {
      schema: {
        tags,
        summary: '导入任务进度与错误行（前100条）',
        params: IdParamsSchema,
        response: { 200: ImportJobSchema, ...errorReplies },
      },
    },
    async (req) => getImportJob(ctx, requireActor(req), req.params.id),
  );

  api.get(
    `${o.path}/:id/errors.xlsx`,
    {
      schema: {
        tags,
        summary: '全部错误行（.xlsx）',
        params: IdParamsSchema,
        response: { 200: fileReply(XLSX_TYPE, '导入的全部错误行（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const { fileName, stream } = await exportImportErrors(ctx, requireActor(req), req.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(stream);
    },
  );
}
