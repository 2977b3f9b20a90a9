/**
 * The built web app (DESIGN.md "Web": the server serves it): static files, and `index.html` for every other
 * GET outside /api/ so that the client-side router takes the path. Unknown API paths answer a JSON 404.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const apiNotFound = (req: FastifyRequest, reply: FastifyReply) =>
  reply.status(404).send({ error: { code: 'NOT_FOUND', message: `接口不存在：${req.method} ${req.url.split('?')[0]}` } });

/** Serves `dist` when it exists; otherwise only the API's 404. */
export async function registerWebApp(app: FastifyInstance, dist: string | null | undefined): Promise<void> {
  if (!dist || !existsSync(dist)) {
    app.setNotFoundHandler(apiNotFound);
    return;
  }
  // Static files are logged only when something goes wrong: a request line per asset filled the log
  // (6.9 MB in 40 minutes, issue 14 defect 13); the API's requests stay logged.
  await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'], logLevel: 'warn' });
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return apiNotFound(req, reply);
  });
}
