/**
 * The one error handler (DESIGN.md "Server"): an `AppError` answers with its code's status from the table in
 * contracts; a schema failure is 422 with each field's path and Chinese message; Fastify's own 4xx errors
 * get a stable code; anything else is logged and answered 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors';

type ErrorReply = { status: number; code: string; message: string; fields?: { path: string; message: string }[] };

/** A schema failure of params, query or body: each field with its dotted path. */
function validationReply(validation: readonly { instancePath: string; message?: string }[]): ErrorReply {
  const fields = validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(请求体)',
    message: v.message ?? '格式不正确',
  }));
  const first = fields[0];
  return { status: 422, code: 'VALIDATION', message: first ? `${first.path}：${first.message}` : '输入有误', fields };
}

/** Fastify's own errors (body parsing, uploads, rate limit) by their code; null for anything else. */
function fastifyReply(e: { statusCode?: number; code?: string }): ErrorReply | null {
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (e.statusCode === 400 && e.code?.startsWith('FST_ERR_CTP'))) {
    return { status: 400, code: 'BAD_REQUEST', message: '请求体不是有效的JSON' };
  }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.code === 'FST_REQ_FILE_TOO_LARGE') {
    return { status: 413, code: 'UPLOAD.TOO_LARGE', message: '请求体或文件超过大小限制' };
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return { status: 415, code: 'UPLOAD.UNSUPPORTED_TYPE', message: '不支持的请求内容类型' };
  }
  if (e.statusCode === 429) {
    return { status: 429, code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' };
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, code: 'BAD_REQUEST', message: '请求无效' };
  }
  return null;
}

export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  let r: ErrorReply | null;
  if (err instanceof AppError) {
    r = { status: err.status, code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) };
  } else if (hasZodFastifySchemaValidationErrors(err)) {
    r = validationReply(err.validation);
  } else {
    r = fastifyReply(err as { statusCode?: number; code?: string });
  }
  if (!r) {
    req.log.error({ err }, 'unhandled error');
    r = { status: 500, code: 'INTERNAL', message: '服务器内部错误，请稍后重试；如持续出现请联系管理员' };
  }
  const { status, ...error } = r;
  return reply.status(status).send({ error });
}
