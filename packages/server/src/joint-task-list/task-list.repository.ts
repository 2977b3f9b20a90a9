/** SQL of the Judicial Bureau's registers: the 综合查一次 task list (entries draft or published) and the trigger rules. */
import type { TaskListEntry, TriggerRule, TriggerRuleInput } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const ITEM_JOIN = `JOIN inspection_items i ON i.region_code = e.region_code AND i.id = e.item_id
  JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id`;

export async function listTaskListEntries(db: Queryable, regionCode: string): Promise<Omit<TaskListEntry, 'industryName'>[]> {
  const r = await db.query<Omit<TaskListEntry, 'industryName'>>(
    `SELECT e.industry_code AS "industryCode", e.item_id AS "itemId", i.name AS "itemName", d.name AS "departmentName", e.status
     FROM joint_task_entries e ${ITEM_JOIN} WHERE e.region_code = $1 ORDER BY e.industry_code, i.code`,
    [regionCode],
  );
  return r.rows;
}

/** Adds an entry as a draft (nothing when it is already listed). */
export async function insertTaskListEntry(
  tx: Queryable,
  regionCode: string,
  industryCode: string,
  itemId: string,
  now: string,
): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO joint_task_entries (region_code, industry_code, item_id, created_at, status) VALUES ($1, $2, $3, $4, 'draft')
     ON CONFLICT DO NOTHING RETURNING item_id`,
    [regionCode, industryCode, itemId, now],
  );
  return r.rows.length > 0;
}

export async function deleteTaskListEntry(tx: Queryable, regionCode: string, industryCode: string, itemId: string): Promise<boolean> {
  const r = await tx.query(
    'DELETE FROM joint_task_entries WHERE region_code = $1 AND industry_code = $2 AND item_id = $3 RETURNING item_id',
    [regionCode, industryCode, itemId],
  );
  return r.rows.length > 0;
}

/** Publishes every draft entry; how many. */
export async function publishTaskListEntries(tx: Queryable, regionCode: string): Promise<number> {
  const r = await tx.query(
    "UPDATE joint_task_entries SET status = 'published' WHERE region_code = $1 AND status = 'draft' RETURNING item_id",
    [regionCode],
  );
  return r.rows.length;
}

const RULE_COLUMNS = `r.id, r.item_id AS "itemId", i.name AS "itemName", d.name AS "departmentName", r.source, r.threshold,
  r.window_days AS "windowDays", r.active`;
const RULE_FROM = `FROM trigger_rules r JOIN inspection_items i ON i.region_code = r.region_code AND i.id = r.item_id
  JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id`;

export async function listTriggerRules(db: Queryable, regionCode: string): Promise<TriggerRule[]> {
  const r = await db.query<TriggerRule>(`SELECT ${RULE_COLUMNS} ${RULE_FROM} WHERE r.region_code = $1 ORDER BY i.code, r.source`, [
    regionCode,
  ]);
  return r.rows;
}

export async function findTriggerRule(db: Queryable, regionCode: string, id: string): Promise<TriggerRule | null> {
  const r = await db.query<TriggerRule>(`SELECT ${RULE_COLUMNS} ${RULE_FROM} WHERE r.region_code = $1 AND r.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function insertTriggerRule(tx: Queryable, regionCode: string, id: string, t: TriggerRuleInput): Promise<void> {
  await tx.query(
    'INSERT INTO trigger_rules (region_code, id, item_id, source, threshold, window_days, active) VALUES ($1,$2,$3,$4,$5,$6,$7)',
    [regionCode, id, t.itemId, t.source, t.threshold, t.windowDays, t.active],
  );
}

export async function updateTriggerRule(tx: Queryable, regionCode: string, id: string, t: TriggerRuleInput): Promise<void> {
  await tx.query(
    'UPDATE trigger_rules SET item_id = $3, source = $4, threshold = $5, window_days = $6, active = $7 WHERE region_code = $1 AND id = $2',
    [regionCode, id, t.itemId, t.source, t.threshold, t.windowDays, t.active],
  );
}
