/**
 * Idempotent submissions (docs/decisions/0018-idempotent-forms.md). A signed-in user's creating request
 * (POST, PUT, PATCH, DELETE) that carries an `Idempotency-Key` header is handled once: the first answer is
 * kept per (user, key) and a repeat of the same request — a double click, a retry after a lost answer — gets
 * that answer again (header `Idempotent-Replayed: true`) without running the route a second time. A repeat
 * arriving while the first is still being handled waits for its answer. The same key with a different
 * request is refused (`IDEMPOTENCY.MISMATCH`, 422). Only successful answers are kept: after a refusal
 * nothing was written, and the corrected submission is handled afresh.
 *
 * The web's api client sends a key with every such request (packages/web/src/api/client.ts). The push API
 * of issued decisions (credit/use-cases/push-decisions.ts) keeps its answers in `push_requests`, inside the
 * transaction that stores the decisions, keyed by department rather than user; it shares `requestHash`
 * and the refusal below.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { AppError, refused } from '../errors';
import {
  claimIdempotencyKey,
  findIdempotentReply,
  type IdempotencyId,
  releaseIdempotencyKey,
  storeIdempotentReply,
} from './idempotency.repository';

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request claimed (its answer is kept when it is sent). */
    idempotency: IdempotencyId | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const MAX_KEY = 200;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** How long a repeat waits for the first request's answer before answering 409. */
const WAIT_MS = 30_000;
/** A claim left without an answer this long (the server stopped mid-request) no longer blocks the key. */
const ABANDONED_MS = 5 * 60_000;

/** SHA-256 of what makes two requests the same submission. */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request), 'utf8').digest('hex');
}

/** The key was used before for a different request. */
export function idempotencyMismatch(what = '提交'): AppError {
  return refused(
    'IDEMPOTENCY.MISMATCH',
    `该Idempotency-Key已用于内容不同的${what}；请为新的${what}使用新的Idempotency-Key`,
    'Idempotency-Key',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function addIdempotencyHook(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('idempotency', null);

  // preHandler: after the session (onRequest) and the body's schema (preValidation), before the route.
  app.addHook('preHandler', async (req, reply) => {
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (!WRITES.has(req.method) || !req.auth || key === undefined || req.url.startsWith('/api/v1/auth/') || req.isMultipart()) {
      return;
    }
    if (typeof key !== 'string' || key.trim() === '' || key.length > MAX_KEY) {
      throw new AppError('VALIDATION', `Idempotency-Key请求头须为1至${MAX_KEY}个字符`, [
        { path: 'Idempotency-Key', message: `须为1至${MAX_KEY}个字符` },
      ]);
    }
    const id: IdempotencyId = { regionCode: req.auth.regionCode, userId: req.auth.user.id, key };
    const hash = requestHash([req.method, req.url, req.body ?? null]);
    const giveUp = Date.now() + WAIT_MS;
    for (;;) {
      if (await claimIdempotencyKey(ctx.db, id, hash, ctx.now().toISOString())) {
        req.idempotency = id;
        return;
      }
      const first = await findIdempotentReply(ctx.db, id);
      if (!first) {
        continue; // the first request failed and let the key go: handle this one
      }
      if (first.requestHash !== hash) {
        throw idempotencyMismatch();
      }
      if (first.status !== null) {
        reply.code(first.status).header('idempotent-replayed', 'true');
        if (first.reply === null) {
          return reply.send();
        }
        return reply.type('application/json; charset=utf-8').send(first.reply);
      }
      if (ctx.now().getTime() - new Date(first.createdAt).getTime() > ABANDONED_MS) {
        await releaseIdempotencyKey(ctx.db, id);
        continue;
      }
      if (Date.now() > giveUp) {
        throw new AppError('IDEMPOTENCY.IN_PROGRESS', '同一提交仍在处理中，请稍后刷新页面查看结果，不要重复提交');
      }
      await sleep(50);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const id = req.idempotency;
    if (!id) {
      return payload;
    }
    req.idempotency = null;
    const ok = reply.statusCode >= 200 && reply.statusCode < 300;
    const body = payload === undefined || payload === null || payload === '' ? null : typeof payload === 'string' ? payload : undefined;
    if (ok && body !== undefined) {
      await storeIdempotentReply(ctx.db, id, reply.statusCode, body);
    } else {
      await releaseIdempotencyKey(ctx.db, id);
    }
    return payload;
  });
}
