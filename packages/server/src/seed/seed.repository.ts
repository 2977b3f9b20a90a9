/**
 * SQL of the demo seed that no area's repository has a use for: the reference table of regions, the demo
 * tags of entities, and bulk inserts of registers the product otherwise fills through its workflows
 * (inspection items, joint task lists, trigger rules, approved observation periods, 公益抵罚 rules).
 */
import type { Region } from '@rouxing/domain';
import type { Queryable } from '../db/database';

/** The regions table (reference data). Idempotent. */
export async function insertRegions(db: Queryable, regions: readonly Region[]): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, name, parent_code, level)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[])
     ON CONFLICT (code) DO NOTHING`,
    [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.parent), regions.map((r) => r.level)],
  );
}

/**
 * Tags used by later procedures, spread deterministically over a region's entities by a hash of the code:
 * credit grades for most, risk levels, a few whitelisted (never a D), half of the new business forms in
 * an observation period.
 */
export async function tagDemoEntities(tx: Queryable, regionCode: string): Promise<void> {
  // Searched CASEs rather than `(ARRAY[…])[i]` or `CASE x WHEN …`: Citus 13.2 deparses the array subscript in
  // an UPDATE's SET as an assignment to the column (the coordinator crashes; citusdata/citus#8155) and a simple
  // CASE's operand wrongly (`integer = boolean` on the workers) (issue 15).
  await tx.query(
    `UPDATE entities SET
       credit_grade = CASE WHEN abs(hashtext(uscc)) % 10 IN (0, 1, 9) THEN 'A' WHEN abs(hashtext(uscc)) % 10 IN (2, 3, 4) THEN 'B'
                        WHEN abs(hashtext(uscc)) % 10 = 5 THEN 'C' WHEN abs(hashtext(uscc)) % 10 = 6 THEN 'D' END,
       risk_level = CASE WHEN abs(hashtext(uscc || 'r')) % 5 IN (0, 1) THEN 'low' WHEN abs(hashtext(uscc || 'r')) % 5 IN (2, 3) THEN 'medium'
                      ELSE 'high' END,
       whitelisted = (abs(hashtext(uscc || 'w')) % 20 = 0),
       in_observation_period = new_business_form AND (abs(hashtext(uscc || 'o')) % 2 = 0)
     WHERE region_code = $1`,
    [regionCode],
  );
  await tx.query("UPDATE entities SET whitelisted = false WHERE region_code = $1 AND credit_grade = 'D'", [regionCode]);
}

/** 严重失信 (grade D) entities get no observation period. */
export async function clearObservationOfGradeD(tx: Queryable, regionCode: string): Promise<void> {
  await tx.query("UPDATE entities SET in_observation_period = false WHERE region_code = $1 AND credit_grade = 'D'", [regionCode]);
}

/** An approved observation period for every entity of the region flagged as in one, proposed and approved as given. */
export async function insertApprovedObservationPeriods(
  tx: Queryable,
  p: {
    regionCode: string;
    departmentId: string;
    startOn: string;
    endOn: string;
    reason: string;
    proposer: { id: string; name: string };
    approver: { id: string; name: string };
    now: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO observation_periods (region_code, id, entity_id, department_id, start_on, end_on, reason, status, proposed_by, proposed_by_name,
       approved_by, approved_by_name, created_at, decided_at)
     SELECT region_code, gen_random_uuid(), id, $2, $3::date, $4::date, $5, 'approved', $6, $7, $8, $9, $10, $10
     FROM entities WHERE region_code = $1 AND in_observation_period`,
    [p.regionCode, p.departmentId, p.startOn, p.endOn, p.reason, p.proposer.id, p.proposer.name, p.approver.id, p.approver.name, p.now],
  );
}

export interface ServiceOffsetRuleSeed {
  departmentId: string;
  field: string;
  yuanPerHour: number;
  capYuan: number | null;
  capPercentOfFine: number | null;
}

/** A published 公益抵罚 rule of a department (kept when one exists). */
export async function insertServiceOffsetRule(
  tx: Queryable,
  regionCode: string,
  r: ServiceOffsetRuleSeed,
  publishedBy: string,
  now: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO service_offset_rules (region_code, department_id, field, yuan_per_hour, cap_yuan, cap_percent_of_fine, published_by, published_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
    [regionCode, r.departmentId, r.field, r.yuanPerHour, r.capYuan, r.capPercentOfFine, publishedBy, now],
  );
}

export interface InspectionItemSeed {
  id: string;
  code: string;
  name: string;
  departmentId: string | undefined;
  legalBasis: string;
  key: boolean;
  mergeable: boolean;
  category: string;
  published: boolean;
  /** The check points (检查要点), also the questions of a 承诺式检查 form. */
  checklist?: readonly string[];
}

export async function insertInspectionItems(
  tx: Queryable,
  regionCode: string,
  items: readonly InspectionItemSeed[],
  now: string,
): Promise<void> {
  for (const i of items) {
    await tx.query(
      `INSERT INTO inspection_items (region_code, id, code, name, department_id, legal_basis, key, mergeable, category, published, checklist, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      [
        regionCode,
        i.id,
        i.code,
        i.name,
        i.departmentId,
        i.legalBasis,
        i.key,
        i.mergeable,
        i.category,
        i.published,
        JSON.stringify(i.checklist ?? []),
        now,
      ],
    );
  }
}

/** Entries of the 综合查一次 task list: an industry and an item inspected together. */
export async function insertJointTaskEntries(
  tx: Queryable,
  regionCode: string,
  entries: readonly { industryCode: string; itemId: string | undefined }[],
  now: string,
): Promise<void> {
  for (const e of entries) {
    await tx.query('INSERT INTO joint_task_entries (region_code, industry_code, item_id, created_at) VALUES ($1, $2, $3, $4)', [
      regionCode,
      e.industryCode,
      e.itemId,
      now,
    ]);
  }
}

/** Rules of 触发式监管: so many signals of a source about an item within a window trigger an inspection. */
export async function insertTriggerRules(
  tx: Queryable,
  regionCode: string,
  rules: readonly { id: string; itemId: string | undefined; source: string; threshold: number; windowDays: number }[],
): Promise<void> {
  for (const r of rules) {
    await tx.query('INSERT INTO trigger_rules (region_code, id, item_id, source, threshold, window_days) VALUES ($1,$2,$3,$4,$5,$6)', [
      regionCode,
      r.id,
      r.itemId,
      r.source,
      r.threshold,
      r.windowDays,
    ]);
  }
}
