import { ErrorBodySchema } from '@rouxing/contracts';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The error replies every authenticated route may give, for the OpenAPI description. */
export const errorReplies = {
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  422: ErrorBodySchema,
} as const;

export const IdParamsSchema = z.object({ id: z.string().uuid('标识格式不正确') });
export const NoContent = z.null().describe('无内容');
