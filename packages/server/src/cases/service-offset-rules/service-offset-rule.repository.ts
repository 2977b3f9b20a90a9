/** `service_offset_rules`: a public-security or transport department's published 公益抵罚 rule (常政办发〔2025〕5号 第五项). */
import type { ServiceOffsetRuleInput, ServiceOffsetRuleView } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';

const RULE_COLUMNS = 'field, yuan_per_hour AS "yuanPerHour", cap_yuan AS "capYuan", cap_percent_of_fine AS "capPercentOfFine"';

/** The department's published rule, or undefined. */
export async function findServiceOffsetRule(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
): Promise<ServiceOffsetRuleView | undefined> {
  const r = await db.query<ServiceOffsetRuleView>(
    `SELECT ${RULE_COLUMNS}, published_at AS "publishedAt" FROM service_offset_rules WHERE region_code = $1 AND department_id = $2`,
    [regionCode, departmentId],
  );
  return r.rows[0];
}

export async function saveServiceOffsetRule(
  tx: Queryable,
  regionCode: string,
  departmentId: string,
  rule: ServiceOffsetRuleInput,
  by: { userId: string; at: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO service_offset_rules (region_code, department_id, field, yuan_per_hour, cap_yuan, cap_percent_of_fine, published_by, published_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
     ON CONFLICT (region_code, department_id) DO UPDATE SET field = $3, yuan_per_hour = $4, cap_yuan = $5, cap_percent_of_fine = $6, published_by = $7, published_at = $8`,
    [regionCode, departmentId, rule.field, rule.yuanPerHour, rule.capYuan, rule.capPercentOfFine, by.userId, by.at],
  );
}

/** The department's code (GA: public security, JTYS: transport), which names its field. */
export async function departmentCode(db: Queryable, regionCode: string, departmentId: string): Promise<string | null> {
  const r = await db.query<{ code: string }>('SELECT code FROM departments WHERE region_code = $1 AND id = $2', [regionCode, departmentId]);
  return r.rows[0]?.code ?? null;
}
