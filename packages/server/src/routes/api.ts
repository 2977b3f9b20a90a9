import type { Readable } from 'node:stream';
import { ErrorBodySchema } from '@rouxing/contracts';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { refuseUnstorable } from '../http/hostile-input-hook';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route module gets: the application context and the cookie settings. */
export interface RouteOptions {
  ctx: AppContext;
  cookieSecret: Buffer;
  /** Set the Secure flag on cookies; by default, outside demo mode. */
  secureCookies?: boolean;
}

/** The error replies every authenticated route may give, for the OpenAPI description. */
export const errorReplies = {
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  422: ErrorBodySchema,
} as const;

/** Routes anyone may call without signing in: counted per client address (SECURITY.md "Availability"). */
export const ANONYMOUS_RATE = { rateLimit: { max: 120, timeWindow: '1 minute' } } as const;

/** A route without login answers 422 to a bad query and 429 past its rate. */
export const anonymousErrors = { 422: ErrorBodySchema, 429: ErrorBodySchema } as const;

export const IdParamsSchema = z.object({ id: z.string().uuid('标识格式不正确') });
export const NoContent = z.null().describe('无内容');

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_TYPE = 'application/zip';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/**
 * The reply of a download, for the API description: a file of `mediaType` (sent as a Buffer or a stream,
 * which Fastify does not serialise), described in Chinese. Use as `response: { 200: fileReply(XLSX_TYPE, '…') }`; a
 * download offered in several formats lists each type.
 */
export function fileReply(mediaType: string | readonly string[], description: string) {
  const schema = z.any().meta({ type: 'string', format: 'binary', description: '文件内容（二进制）' });
  const types = typeof mediaType === 'string' ? [mediaType] : mediaType;
  return { description, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
}
/** `Content-Disposition` of a download with a Chinese file name (RFC 6266/5987). */
export const attachmentHeader = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * The files and text fields of a multipart upload, files read whole (rule files, complaint evidence: small).
 * Sizes one byte over `maxFileBytes` are passed on for the use case to refuse with its own message.
 */
export async function readMultipart(
  req: FastifyRequest,
  { maxFiles, maxFileBytes }: { maxFiles: number; maxFileBytes: number },
): Promise<{ files: { data: Buffer; fileName: string }[]; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  const files: { data: Buffer; fileName: string }[] = [];
  try {
    for await (const part of req.parts({ limits: { files: maxFiles, fileSize: maxFileBytes + 1 } })) {
      if (part.type === 'file') {
        files.push({ data: await part.toBuffer(), fileName: part.filename || 'upload' });
      } else {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (err) {
    throw malformedMultipart(err);
  }
  refuseUnstorable(fields);
  return { files, fields };
}

/**
 * A multipart body the parser gave up on (cut off, a part without headers…) is the client's error: 400.
 * Fastify's own errors (too large, wrong type) keep their status.
 */
function malformedMultipart(err: unknown): unknown {
  const e = err as { code?: string; statusCode?: number };
  if (err instanceof AppError || (e.statusCode && e.statusCode < 500) || e.code?.startsWith('FST_')) {
    return err;
  }
  return new AppError('BAD_REQUEST', '上传内容不是有效的multipart/form-data格式');
}

/** The one file (field `file`) of a multipart upload and its text fields; 422 when none was sent. */
export async function readUpload(
  req: FastifyRequest,
  maxFileBytes: number,
): Promise<{ file: Buffer; fileName: string; fields: Record<string, string> }> {
  if (!req.isMultipart()) {
    throw new AppError('VALIDATION', 'file：请以multipart/form-data上传文件', [{ path: 'file', message: '请上传文件' }]);
  }
  const { files, fields } = await readMultipart(req, { maxFiles: 1, maxFileBytes });
  const first = files[0];
  if (!first) {
    throw new AppError('VALIDATION', 'file：请上传文件', [{ path: 'file', message: '请上传文件' }]);
  }
  return { file: first.data, fileName: first.fileName, fields };
}

/**
 * The one file (field `file`) of a multipart upload as a stream, for files too large to hold (the registry
 * import); `truncated` tells afterwards whether it ran over the upload limit. 422 when none was sent.
 */
export async function readUploadStream(req: FastifyRequest): Promise<{ fileName: string; stream: Readable; truncated: () => boolean }> {
  if (!req.isMultipart()) {
    throw new AppError('VALIDATION', 'file：请以multipart/form-data上传文件', [{ path: 'file', message: '请上传文件' }]);
  }
  const file = await req.file().catch((err) => {
    throw malformedMultipart(err);
  });
  if (!file) {
    throw new AppError('VALIDATION', 'file：请上传文件', [{ path: 'file', message: '请上传文件' }]);
  }
  return { fileName: file.filename || 'upload', stream: file.file, truncated: () => file.file.truncated };
}
