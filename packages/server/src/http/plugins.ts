/**
 * The Fastify plugins every request goes through: security headers, signed cookies, rate limits (per
 * route), multipart uploads, and the OpenAPI description served at /api/docs.
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { SESSION_COOKIE } from './request';

/** Uploads: one file per request, up to 200 MB (the registry import's limit). */
const UPLOAD_LIMITS = { fileSize: 200 * 1024 * 1024, files: 1, fields: 20 };

/**
 * The security headers (SECURITY.md), built once: helmet's middleware computes its headers when it is made, and
 * @fastify/helmet made it anew for every request (2.5% of a check-in's time on the event loop: issue 15 item 5).
 */
const securityHeaders = helmet({
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

export async function registerPlugins(app: FastifyInstance, cookieSecret: Buffer): Promise<void> {
  // On every answer, the API's, the web app's and the errors' (an onRequest hook of the root instance).
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  await app.register(cookie, { secret: cookieSecret.toString('base64') });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: UPLOAD_LIMITS });
  await app.register(swagger, {
    openapi: {
      info: { title: '柔性执法协同平台 API', description: 'rouxing — 常政办发〔2025〕5号 柔性执法', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
