/**
 * The Fastify application: plugins, the one error handler, authentication, the OpenAPI description at
 * /api/docs, the API routes under /api/v1 and the built web app. Each part is a module of `http/`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { addAccessHook } from './http/access-hook';
import { addAuthenticateHook } from './http/authenticate-hook';
import { errorHandler } from './http/error-handler';
import { addHostileInputHook } from './http/hostile-input-hook';
import { addIdempotencyHook } from './http/idempotency';
import { registerPlugins } from './http/plugins';
import { registerWebApp } from './http/web-app';
import { flushRecounts } from './indicators/recount-after-commit';
import { registerRoutes } from './routes';
import type { RouteOptions } from './routes/api';

export interface BuildAppOptions extends RouteOptions {
  webDist?: string | null;
  logger?: boolean | { level: string };
}

export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.ctx.log,
    // X-Forwarded-For only from the configured proxies (SECURITY.md): otherwise a client could pick the
    // address that rate limits count and the audit log records.
    trustProxy: opts.ctx.config.trustedProxies.length > 0 ? opts.ctx.config.trustedProxies : false,
    bodyLimit: 2 * 1024 * 1024,
    // Inspection-code tokens travel in the path (/v/<token>): about 250 characters.
    routerOptions: { maxParamLength: 1000 },
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  await registerPlugins(app, opts.cookieSecret);
  addAuthenticateHook(app, opts.ctx);
  addHostileInputHook(app);
  addIdempotencyHook(app, opts.ctx);
  addAccessHook(app);
  await app.register(async (api) => registerRoutes(api.withTypeProvider<ZodTypeProvider>(), opts), { prefix: '/api/v1' });
  await registerWebApp(app, opts.webDist);
  // The 综合查一次 months marked by the last writes are recounted before the database is let go (decision 0020).
  app.addHook('onClose', () => flushRecounts(opts.ctx.db));
  return app;
}
