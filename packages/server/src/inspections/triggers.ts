/**
 * 触发式监管 (policy §4: 对一般事项实行触发式监管): complaints and reports filed by the public, and alerts
 * posted by monitoring systems, are signals about an entity and a non-key item; when a rule's threshold of
 * signals is met within its window, one triggered inspection task is created for the item's department,
 * carrying the signals as its evidence. Further signals join the open task instead of making another.
 */
import { Readable } from 'node:stream';
import { type Actor, can } from '@rouxing/domain';
import { z } from 'zod';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { AppError, validationError } from '../errors';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { fieldsOfZodError } from '../validation';

export const SignalInputSchema = z.object({
  /** 统一社会信用代码 of the entity complained about. */
  uscc: z.string().trim().toUpperCase().length(18, '统一社会信用代码应为18位'),
  itemId: z.string().uuid('请选择投诉举报事项'),
  content: z.string().trim().min(5, '请具体描述问题（至少5个字）').max(2000, '问题描述最多2000个字'),
  contact: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, '联系电话应为11位手机号或带区号的固定电话')
    .default(''),
});

/** Attachment types a complaint may carry (SECURITY.md: uploads checked for type and size). */
const ATTACHMENT_TYPES: Record<string, Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  'application/pdf': Buffer.from('%PDF-'),
};
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentTypeOf(data: Buffer): string | null {
  for (const [type, magic] of Object.entries(ATTACHMENT_TYPES)) {
    if (data.subarray(0, magic.length).equals(magic)) {
      return type;
    }
  }
  return null;
}

/** Items a complaint can be about: the published non-key items (key items are inspected on a schedule anyway). */
export async function complaintItems(db: Queryable, regionCode: string) {
  const r = await db.query<{ id: string; name: string; departmentName: string }>(
    `SELECT i.id, i.name, d.name AS "departmentName" FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 AND i.published AND NOT i.key ORDER BY i.code`,
    [regionCode],
  );
  return r.rows;
}

/** Records a signal and applies the item's trigger rules; returns the task it created or joined, if any. */
export async function recordSignal(
  ctx: AppContext,
  regionCode: string,
  source: 'complaint' | 'monitoring',
  raw: unknown,
  files: { data: Buffer; fileName: string }[],
  actorRef: { id: string | null; name: string },
): Promise<{ signalId: string; taskId: string | null; taskCreated: boolean }> {
  const parsed = SignalInputSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const input = parsed.data;
  const entity = await ctx.db.query<{ id: string }>("SELECT id FROM entities WHERE region_code = $1 AND uscc = $2 AND status = 'active'", [
    regionCode,
    input.uscc,
  ]);
  const entityId = entity.rows[0]?.id;
  if (!entityId) {
    throw validationError([{ path: 'uscc', message: '未找到该统一社会信用代码对应的市场主体' }]);
  }
  const item = await ctx.db.query<{ departmentId: string }>(
    'SELECT department_id AS "departmentId" FROM inspection_items WHERE region_code = $1 AND id = $2 AND published',
    [regionCode, input.itemId],
  );
  const departmentId = item.rows[0]?.departmentId;
  if (!departmentId) {
    throw validationError([{ path: 'itemId', message: '投诉举报事项不存在' }]);
  }
  const hashes: string[] = [];
  for (const [i, f] of files.entries()) {
    if (f.data.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('UPLOAD.TOO_LARGE', `附件${f.fileName}超过10 MB`, [{ path: `attachments.${i}`, message: '附件超过10 MB' }]);
    }
    if (!attachmentTypeOf(f.data)) {
      throw new AppError('UPLOAD.UNSUPPORTED_TYPE', `附件${f.fileName}类型不受支持：只接受JPEG、PNG图片或PDF`, [
        { path: `attachments.${i}`, message: '只接受JPEG、PNG图片或PDF' },
      ]);
    }
  }
  for (const f of files) {
    hashes.push((await ctx.blobs.put(Readable.from([f.data]))).sha256);
  }
  const now = ctx.now();
  const nowIso = now.toISOString();
  const signalId = newId();
  return ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO signals (region_code, id, source, entity_id, item_id, content, contact_enc, attachments, received_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [
        regionCode,
        signalId,
        source,
        entityId,
        input.itemId,
        input.content,
        input.contact ? ctx.fieldCrypto.encrypt(input.contact) : null,
        JSON.stringify(hashes),
        nowIso,
      ],
    );
    await appendEvent(tx, {
      regionCode,
      aggregateType: 'signal',
      aggregateId: signalId,
      type: `signal.${source}`,
      actor: actorRef,
      occurredAt: nowIso,
      payload: { entityId, itemId: input.itemId },
      attachments: hashes,
    });
    const rules = await tx.query<{ id: string; threshold: number; windowDays: number }>(
      `SELECT id, threshold, window_days AS "windowDays" FROM trigger_rules WHERE region_code = $1 AND item_id = $2 AND source = $3 AND active`,
      [regionCode, input.itemId, source],
    );
    let result: { taskId: string | null; taskCreated: boolean } = { taskId: null, taskCreated: false };
    for (const rule of rules.rows) {
      // One evaluation at a time per rule and entity: concurrent signals cannot create two tasks.
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`trigger|${regionCode}|${rule.id}|${entityId}`]);
      const open = await tx.query<{ id: string }>(
        "SELECT id FROM triggered_tasks WHERE region_code = $1 AND rule_id = $2 AND entity_id = $3 AND status = 'open'",
        [regionCode, rule.id, entityId],
      );
      const since = new Date(now.getTime() - rule.windowDays * 86_400_000).toISOString();
      const recent = await tx.query<{ id: string }>(
        `SELECT id FROM signals WHERE region_code = $1 AND entity_id = $2 AND item_id = $3 AND source = $4 AND received_at > $5 ORDER BY received_at`,
        [regionCode, entityId, input.itemId, source, since],
      );
      const existing = open.rows[0]?.id;
      if (existing) {
        await tx.query('UPDATE triggered_tasks SET signal_ids = array_append(signal_ids, $3::uuid) WHERE region_code = $1 AND id = $2', [
          regionCode,
          existing,
          signalId,
        ]);
        await tx.query('UPDATE signals SET task_id = $3 WHERE region_code = $1 AND id = $2', [regionCode, signalId, existing]);
        result = { taskId: existing, taskCreated: false };
      } else if (recent.rows.length >= rule.threshold) {
        const taskId = newId();
        const ids = recent.rows.map((x) => x.id);
        await tx.query(
          `INSERT INTO triggered_tasks (region_code, id, rule_id, item_id, entity_id, department_id, signal_ids, status, created_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7,'open',$8)`,
          [regionCode, taskId, rule.id, input.itemId, entityId, departmentId, ids, nowIso],
        );
        await tx.query('UPDATE signals SET task_id = $3 WHERE region_code = $1 AND id = ANY($2::uuid[])', [regionCode, ids, taskId]);
        await appendEvent(tx, {
          regionCode,
          aggregateType: 'triggered_task',
          aggregateId: taskId,
          type: 'triggered_task.created',
          actor: { id: null, name: '触发规则' },
          occurredAt: nowIso,
          toState: 'open',
          payload: {
            ruleId: rule.id,
            threshold: rule.threshold,
            windowDays: rule.windowDays,
            signalIds: ids,
            entityId,
            itemId: input.itemId,
          },
        });
        result = { taskId, taskCreated: true };
      }
    }
    return { signalId, ...result };
  });
}

/** A monitoring system (an authenticated account) posts an alert. */
export async function postMonitoringAlert(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta) {
  if (!can(actor, 'inspection.plan')) {
    throw new AppError('AUTH.FORBIDDEN', '无权推送监测预警');
  }
  const r = await recordSignal(ctx, actor.regionCode, 'monitoring', raw, [], { id: actor.userId, name: actor.displayName });
  await recordChange(ctx.db, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'signal',
    aggregateId: r.signalId,
    type: 'signal.alert_posted',
    payload: { taskId: r.taskId },
  });
  return r;
}

/** The department's open triggered tasks, with their evidence. */
export async function listTriggeredTasks(ctx: AppContext, actor: Actor) {
  if (!can(actor, 'inspection.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看触发式检查任务');
  }
  const scope = actor.roles.includes('supervisor') ? null : actor.departmentId;
  const r = await ctx.db.query<{
    id: string;
    entityId: string;
    entityName: string;
    itemName: string;
    signals: number;
    status: string;
    createdAt: string;
  }>(
    `SELECT t.id, t.entity_id AS "entityId", e.name AS "entityName", i.name AS "itemName", cardinality(t.signal_ids) AS signals, t.status,
       t.created_at AS "createdAt"
     FROM triggered_tasks t JOIN entities e ON e.region_code = t.region_code AND e.id = t.entity_id
     JOIN inspection_items i ON i.region_code = t.region_code AND i.id = t.item_id
     WHERE t.region_code = $1 ${scope ? 'AND t.department_id = $2' : ''} ORDER BY t.created_at DESC LIMIT 200`,
    scope ? [actor.regionCode, scope] : [actor.regionCode],
  );
  return r.rows;
}
