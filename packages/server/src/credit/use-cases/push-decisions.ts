import { type PushDecisionsBody, PushDecisionsBodySchema, type PushDecisionsReply } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError } from '../../errors';
import { idempotencyMismatch, requestHash } from '../../http/idempotency';
import { appendAudit } from '../../records/audit.repository';
import { type ApiKeyRow, claimPushKey, findApiKeyByHash, findPushReply } from '../api-key.repository';
import type { PreparedDecision } from '../prepared-decision';
import { apiKeyHash } from '../steps/api-key-access';
import { createRechecker } from '../steps/rechecker';
import { correctionDueOn, storeDecisions } from '../steps/store-decisions';

/** The department's key from `Authorization: Bearer rxk_<region>_…`; 401 when absent, unknown or revoked. */
async function keyOf(ctx: AppContext, authorization: string | undefined): Promise<ApiKeyRow> {
  const key = (authorization?.trim() ?? '').match(/^Bearer\s+(rxk_(\d{6})_[A-Za-z0-9_-]{20,})$/);
  const row = key ? await findApiKeyByHash(ctx.db, key[2] as string, apiKeyHash(key[1] as string)) : null;
  if (!row || row.revokedAt) {
    throw new AppError('APIKEY.INVALID', row ? '接口密钥已吊销' : '缺少或无效的接口密钥（Authorization: Bearer rxk_…）');
  }
  return row;
}

/** The department's case system as the actor of its pushes (events and audit name the key). */
const systemActor = (k: ApiKeyRow): Actor => ({
  userId: k.id,
  username: `api-key:${k.prefix}`,
  displayName: `${k.departmentName}办案系统（接口密钥 ${k.prefix}…，${k.label}）`,
  roles: [],
  permissions: new Set(),
  regionCode: k.regionCode,
  departmentId: k.departmentId,
  entityUscc: null,
});

const hashOf = (body: unknown) => requestHash(body);

async function replayOf(ctx: AppContext, k: ApiKeyRow, idempotencyKey: string, requestHash: string): Promise<PushDecisionsReply | null> {
  const earlier = await findPushReply(ctx.db, k.regionCode, k.departmentId, idempotencyKey);
  if (!earlier) {
    return null;
  }
  if (earlier.requestHash !== requestHash) {
    throw idempotencyMismatch('推送');
  }
  return { ...(earlier.reply as PushDecisionsReply), replayed: true };
}

/** The decisions re-checked and ready to store, or 422 naming each bad one (`decisions.N.field`); nothing is stored then. */
async function prepareAll(ctx: AppContext, k: ApiKeyRow, body: ReturnType<typeof PushDecisionsBodySchema.parse>) {
  const seen = new Map<string, number>();
  const dup = body.decisions.flatMap((d, i) => {
    const first = seen.get(d.documentNo);
    seen.set(d.documentNo, first ?? i);
    return first === undefined ? [] : [{ path: `decisions.${i}.documentNo`, message: `与第${first + 1}份决定的决定书文号重复` }];
  });
  const today = shanghaiToday(ctx.now());
  const rechecker = createRechecker(ctx.db, {
    regionCode: k.regionCode,
    departmentId: k.departmentId,
    authority: k.departmentName,
    today,
    fieldCrypto: ctx.fieldCrypto,
  });
  const { prepared, problems } = await rechecker.prepare(body.decisions.map((values, i) => ({ rowNo: i + 1, values })));
  const fields = [...dup, ...problems.map((p) => ({ path: `decisions.${p.index}.${p.path}`, message: p.message }))];
  if (fields.length > 0) {
    throw new AppError('VALIDATION', `${fields.length}处有误，未保存任何决定`, fields);
  }
  return prepared;
}

/** Stores the push under its key in one transaction; false when a concurrent retry claimed the key first. */
async function storePush(
  ctx: AppContext,
  k: ApiKeyRow,
  p: { idempotencyKey: string; requestHash: string; reply: PushDecisionsReply; prepared: PreparedDecision[] },
  meta: RequestMeta,
): Promise<boolean> {
  const actor = systemActor(k);
  const now = ctx.now().toISOString();
  const dueOn = await correctionDueOn(ctx, k.regionCode);
  return ctx.db.transaction(async (tx) => {
    const claim = {
      regionCode: k.regionCode,
      departmentId: k.departmentId,
      key: p.idempotencyKey,
      requestHash: p.requestHash,
      reply: p.reply,
      now,
    };
    if (!(await claimPushKey(tx, claim))) {
      return false;
    }
    const batchMeta = {
      regionCode: k.regionCode,
      departmentId: k.departmentId,
      authority: k.departmentName,
      source: 'push' as const,
      importJobId: null,
      dueOn,
      now,
    };
    await storeDecisions(tx, actor, p.prepared, batchMeta, { type: 'decision_push', id: k.id });
    await appendAudit(tx, {
      regionCode: k.regionCode,
      actor: { id: actor.userId, name: actor.displayName },
      action: 'issued_decision.push',
      objectType: 'api_key',
      objectId: k.id,
      result: 'success',
      sourceIp: meta.sourceIp,
      details: {
        idempotencyKey: p.idempotencyKey,
        decisions: p.prepared.length,
        corrections: p.prepared.filter((x) => x.correction).length,
      },
      occurredAt: now,
    });
    return true;
  });
}

/**
 * A department's case system pushes one or many issued decisions (常政办发〔2025〕5号 第十五项): authenticated by the
 * department's API key, all or none stored, each re-checked by the decision engine; a retry with the same
 * Idempotency-Key (and the same body) gets the first answer again and stores nothing twice.
 */
export async function pushDecisions(
  ctx: AppContext,
  auth: { authorization: string | undefined; idempotencyKey: string },
  raw: PushDecisionsBody,
  meta: RequestMeta,
): Promise<PushDecisionsReply> {
  const k = await keyOf(ctx, auth.authorization);
  const requestHash = hashOf(raw);
  const replay = await replayOf(ctx, k, auth.idempotencyKey, requestHash);
  if (replay) {
    return replay;
  }
  const prepared = await prepareAll(ctx, k, PushDecisionsBodySchema.parse(raw));
  const reply: PushDecisionsReply = {
    stored: prepared.length,
    replayed: false,
    decisions: prepared.map((p) => ({ documentNo: p.documentNo, id: p.id, correction: p.correction?.reason ?? null })),
  };
  const claimed = await storePush(ctx, k, { idempotencyKey: auth.idempotencyKey, requestHash, reply, prepared }, meta);
  // A concurrent retry claimed the key first: its answer is the answer.
  return claimed ? reply : ((await replayOf(ctx, k, auth.idempotencyKey, requestHash)) as PushDecisionsReply);
}
