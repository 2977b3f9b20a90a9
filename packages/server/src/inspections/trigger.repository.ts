/** SQL of 触发式监管: signals (complaints, monitoring alerts), the items' trigger rules and the triggered tasks. */
import type { TriggeredTask } from '@rouxing/contracts';
import { lockChain, type Queryable } from '../db/database';

export type SignalSource = 'complaint' | 'monitoring';

export interface SignalInsert {
  regionCode: string;
  id: string;
  source: SignalSource;
  entityId: string;
  itemId: string;
  content: string;
  /** Encrypted (AES-256-GCM), or null when no contact was given. */
  contactEnc: string | null;
  /** SHA-256 of each attachment in the content-addressed store. */
  attachments: readonly string[];
  receivedAt: string;
}

export async function insertSignal(tx: Queryable, s: SignalInsert): Promise<void> {
  await tx.query(
    `INSERT INTO signals (region_code, id, source, entity_id, item_id, content, contact_enc, attachments, received_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [s.regionCode, s.id, s.source, s.entityId, s.itemId, s.content, s.contactEnc, JSON.stringify(s.attachments), s.receivedAt],
  );
}

export interface TriggerRule {
  id: string;
  threshold: number;
  windowDays: number;
}

/** The active rules of an item for signals of a source. */
export async function activeTriggerRules(db: Queryable, regionCode: string, itemId: string, source: SignalSource): Promise<TriggerRule[]> {
  const r = await db.query<TriggerRule>(
    `SELECT id, threshold, window_days AS "windowDays" FROM trigger_rules WHERE region_code = $1 AND item_id = $2 AND source = $3 AND active`,
    [regionCode, itemId, source],
  );
  return r.rows;
}

/** One evaluation at a time per rule and entity, until the transaction ends: concurrent signals cannot create two tasks. */
export async function lockTriggerEvaluation(tx: Queryable, regionCode: string, ruleId: string, entityId: string): Promise<void> {
  await lockChain(tx, `trigger|${regionCode}|${ruleId}|${entityId}`);
}

/** The rule's open task for the entity, if any. */
export async function openTaskId(tx: Queryable, regionCode: string, ruleId: string, entityId: string): Promise<string | null> {
  const r = await tx.query<{ id: string }>(
    "SELECT id FROM triggered_tasks WHERE region_code = $1 AND rule_id = $2 AND entity_id = $3 AND status = 'open'",
    [regionCode, ruleId, entityId],
  );
  return r.rows[0]?.id ?? null;
}

/** The signals about the entity and item from a source received after `since`, oldest first. */
export async function recentSignalIds(
  tx: Queryable,
  q: { regionCode: string; entityId: string; itemId: string; source: SignalSource; since: string },
): Promise<string[]> {
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM signals WHERE region_code = $1 AND entity_id = $2 AND item_id = $3 AND source = $4 AND received_at > $5 ORDER BY received_at`,
    [q.regionCode, q.entityId, q.itemId, q.source, q.since],
  );
  return r.rows.map((x) => x.id);
}

/** Adds a signal to an open task's evidence. */
export async function joinTask(tx: Queryable, regionCode: string, taskId: string, signalId: string): Promise<void> {
  await tx.query('UPDATE triggered_tasks SET signal_ids = array_append(signal_ids, $3::uuid) WHERE region_code = $1 AND id = $2', [
    regionCode,
    taskId,
    signalId,
  ]);
  await linkSignals(tx, regionCode, [signalId], taskId);
}

export async function insertTriggeredTask(
  tx: Queryable,
  t: {
    regionCode: string;
    id: string;
    ruleId: string;
    itemId: string;
    entityId: string;
    departmentId: string;
    signalIds: readonly string[];
    createdAt: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO triggered_tasks (region_code, id, rule_id, item_id, entity_id, department_id, signal_ids, status, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,'open',$8)`,
    [t.regionCode, t.id, t.ruleId, t.itemId, t.entityId, t.departmentId, [...t.signalIds], t.createdAt],
  );
  await linkSignals(tx, t.regionCode, t.signalIds, t.id);
}

async function linkSignals(tx: Queryable, regionCode: string, signalIds: readonly string[], taskId: string): Promise<void> {
  await tx.query('UPDATE signals SET task_id = $3 WHERE region_code = $1 AND id = ANY($2::uuid[])', [regionCode, [...signalIds], taskId]);
}

/** The latest triggered tasks of a department or (null) the region, with their evidence counted. */
export async function searchTriggeredTasks(db: Queryable, regionCode: string, departmentId: string | null): Promise<TriggeredTask[]> {
  const r = await db.query<TriggeredTask>(
    `SELECT t.id, t.entity_id AS "entityId", e.name AS "entityName", i.name AS "itemName", cardinality(t.signal_ids) AS signals, t.status,
       t.created_at AS "createdAt"
     FROM triggered_tasks t JOIN entities e ON e.region_code = t.region_code AND e.id = t.entity_id
     JOIN inspection_items i ON i.region_code = t.region_code AND i.id = t.item_id
     WHERE t.region_code = $1 ${departmentId ? 'AND t.department_id = $2' : ''} ORDER BY t.created_at DESC LIMIT 200`,
    departmentId ? [regionCode, departmentId] : [regionCode],
  );
  return r.rows;
}

/** A triggered task, locked, as taking it up reads it. */
export async function lockTriggeredTask(
  tx: Queryable,
  regionCode: string,
  id: string,
): Promise<{ id: string; entityId: string; departmentId: string; status: string } | null> {
  const r = await tx.query<{ id: string; entityId: string; departmentId: string; status: string }>(
    `SELECT id, entity_id AS "entityId", department_id AS "departmentId", status FROM triggered_tasks
     WHERE region_code = $1 AND id = $2 FOR UPDATE`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

export async function closeTriggeredTask(tx: Queryable, regionCode: string, id: string): Promise<void> {
  await tx.query("UPDATE triggered_tasks SET status = 'closed' WHERE region_code = $1 AND id = $2", [regionCode, id]);
}
