/**
 * The Fastify application: plugins, the one error handler, authentication, the OpenAPI description at
 * /api/docs, the API routes under /api/v1 and the built web app.
 */
import { existsSync } from 'node:fs';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authenticate } from './auth/authenticate';
import { AppError } from './errors';
import { SESSION_COOKIE } from './http/request';
import { registerRoutes } from './routes';
import type { RouteOptions } from './routes/api';

export { SESSION_COOKIE } from './http/request';

export interface BuildAppOptions extends RouteOptions {
  webDist?: string | null;
  logger?: boolean | { level: string };
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.ctx.log,
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    // Inspection-code tokens travel in the path (/v/<token>): about 250 characters.
    routerOptions: { maxParamLength: 1000 },
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(请求体)',
        message: v.message ?? '格式不正确',
      }));
      const first = fields[0];
      return reply
        .status(422)
        .send({ error: { code: 'VALIDATION', message: first ? `${first.path}：${first.message}` : '输入有误', fields } });
    }
    const e = err as { statusCode?: number; code?: string; message?: string };
    if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (e.statusCode === 400 && e.code?.startsWith('FST_ERR_CTP'))) {
      return reply.status(400).send({ error: { code: 'BAD_REQUEST', message: '请求体不是有效的JSON' } });
    }
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || e.code === 'FST_REQ_FILE_TOO_LARGE') {
      return reply.status(413).send({ error: { code: 'UPLOAD.TOO_LARGE', message: '请求体或文件超过大小限制' } });
    }
    if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      return reply.status(415).send({ error: { code: 'UPLOAD.UNSUPPORTED_TYPE', message: '不支持的请求内容类型' } });
    }
    if (e.statusCode === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' } });
    }
    if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
      return reply.status(e.statusCode).send({ error: { code: 'BAD_REQUEST', message: '请求无效' } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试；如持续出现请联系管理员' } });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie, { secret: opts.cookieSecret.toString('base64') });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '柔性执法协同平台 API', description: 'rouxing — 常政办发〔2025〕5号 柔性执法', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/v1/')) {
      return;
    }
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) {
      return;
    }
    const unsigned = req.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) {
      return;
    }
    const auth = await authenticate(opts.ctx, unsigned.value);
    if (auth) {
      req.auth = { actor: auth.actor, user: auth.user, sessionId: auth.session.id, regionCode: auth.session.regionCode };
    }
  });

  await app.register(async (api) => registerRoutes(api.withTypeProvider<ZodTypeProvider>(), opts), { prefix: '/api/v1' });

  const dist = opts.webDist;
  if (dist && existsSync(dist)) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) {
        return reply.type('text/html').sendFile('index.html');
      }
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` } });
    });
  } else {
    app.setNotFoundHandler((req, reply) =>
      reply.status(404).send({ error: { code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` } }),
    );
  }
  return app;
}
