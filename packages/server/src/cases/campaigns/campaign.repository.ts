/** `guidance_campaigns` and `guidance_recipients` (常政办发〔2025〕5号 第三项: guidance to a class of entities, one document each). */
import { type Campaign, type CampaignInput, MAX_CAMPAIGN_ENTITIES, type ReceivedGuidance } from '@rouxing/contracts';
import type { Queryable } from '../../db/database';

export interface CampaignRecipient {
  id: string;
  name: string;
  uscc: string;
  address: string;
  legalRepresentative: string;
}

/** The class a campaign reaches, read from its target: every criterion given must hold. */
export interface RecipientFilter {
  regionCode: string;
  industryPrefix: string;
  area: string;
  entityIds: string[];
  /** Entities complained about on this item since `since`. */
  complaintItemId: string | null;
  /** Entities that had a case of `departmentId` since `since`. */
  fromCases: boolean;
  departmentId: string | null;
  since: string;
}

/** The active entities of the class, by 统一社会信用代码, one more than the most a campaign may reach (to tell "too many"). */
export async function campaignRecipients(db: Queryable, f: RecipientFilter): Promise<CampaignRecipient[]> {
  const where = ['e.region_code = $1', "e.status = 'active'"];
  const params: unknown[] = [f.regionCode];
  if (f.industryPrefix) {
    params.push(`${f.industryPrefix}%`);
    where.push(`e.industry_code LIKE $${params.length}`);
  }
  if (f.area) {
    params.push(`%${f.area}%`);
    where.push(`e.address LIKE $${params.length}`);
  }
  if (f.entityIds.length > 0) {
    params.push(f.entityIds);
    where.push(`e.id = ANY($${params.length}::uuid[])`);
  }
  if (f.complaintItemId) {
    params.push(f.complaintItemId, f.since);
    where.push(
      `EXISTS (SELECT 1 FROM signals s WHERE s.region_code = $1 AND s.entity_id = e.id AND s.item_id = $${params.length - 1} AND s.received_at >= $${params.length})`,
    );
  }
  if (f.fromCases) {
    params.push(f.departmentId, f.since);
    where.push(
      `EXISTS (SELECT 1 FROM cases c WHERE c.region_code = $1 AND c.entity_id = e.id AND c.department_id = $${params.length - 1} AND c.created_at >= $${params.length})`,
    );
  }
  const r = await db.query<CampaignRecipient>(
    `SELECT e.id, e.name, e.uscc, e.address, e.legal_representative AS "legalRepresentative" FROM entities e WHERE ${where.join(' AND ')}
     ORDER BY e.uscc LIMIT ${MAX_CAMPAIGN_ENTITIES + 1}`,
    params,
  );
  return r.rows;
}

export async function insertCampaign(
  tx: Queryable,
  c: {
    regionCode: string;
    id: string;
    departmentId: string;
    input: CampaignInput;
    entityCount: number;
    createdBy: string;
    createdByName: string;
    createdAt: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO guidance_campaigns (region_code, id, department_id, measure_type, title, content, legal_basis, target, entity_count, created_by, created_by_name, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      c.regionCode,
      c.id,
      c.departmentId,
      c.input.measureType,
      c.input.title,
      c.input.content,
      c.input.legalBasis,
      JSON.stringify(c.input.target),
      c.entityCount,
      c.createdBy,
      c.createdByName,
      c.createdAt,
    ],
  );
}

export async function insertCampaignRecipient(
  tx: Queryable,
  regionCode: string,
  campaignId: string,
  entityId: string,
  documentId: string,
): Promise<void> {
  await tx.query('INSERT INTO guidance_recipients (region_code, campaign_id, entity_id, document_id) VALUES ($1,$2,$3,$4)', [
    regionCode,
    campaignId,
    entityId,
    documentId,
  ]);
}

/** The department's campaigns, newest first (at most 200), each with how many recipients opened their copy. */
export async function departmentCampaigns(db: Queryable, regionCode: string, departmentId: string): Promise<Campaign[]> {
  const r = await db.query<Campaign>(
    `SELECT g.id, g.measure_type AS "measureType", g.title, g.entity_count AS "entityCount", g.created_by_name AS "createdByName", g.created_at AS "createdAt",
       (SELECT count(*)::int FROM guidance_recipients r WHERE r.region_code = $1 AND r.campaign_id = g.id AND r.read_at IS NOT NULL) AS "readCount"
     FROM guidance_campaigns g WHERE g.region_code = $1 AND g.department_id = $2 ORDER BY g.created_at DESC LIMIT 200`,
    [regionCode, departmentId],
  );
  return r.rows;
}

/** The guidance an entity (by 统一社会信用代码) received, newest first. */
export async function guidanceReceivedBy(db: Queryable, regionCode: string, uscc: string | null): Promise<ReceivedGuidance[]> {
  const r = await db.query<ReceivedGuidance>(
    `SELECT g.id, g.measure_type AS "measureType", g.title, g.content, d.name AS "departmentName", doc.document_no AS "documentNo", g.created_at AS "createdAt", r.read_at AS "readAt"
     FROM guidance_recipients r JOIN guidance_campaigns g ON g.region_code = r.region_code AND g.id = r.campaign_id
       JOIN entities e ON e.region_code = r.region_code AND e.id = r.entity_id
       JOIN departments d ON d.region_code = g.region_code AND d.id = g.department_id
       JOIN documents doc ON doc.region_code = r.region_code AND doc.id = r.document_id
     WHERE r.region_code = $1 AND e.uscc = $2 ORDER BY g.created_at DESC`,
    [regionCode, uscc],
  );
  return r.rows;
}

/** The entity's own copy of a campaign's document. */
export async function recipientCopy(
  db: Queryable,
  regionCode: string,
  campaignId: string,
  uscc: string | null,
): Promise<{ entityId: string; fileSha256: string; fileName: string } | undefined> {
  const r = await db.query<{ entityId: string; fileSha256: string; fileName: string }>(
    `SELECT r.entity_id AS "entityId", doc.file_sha256 AS "fileSha256", doc.file_name AS "fileName"
     FROM guidance_recipients r JOIN entities e ON e.region_code = r.region_code AND e.id = r.entity_id
       JOIN documents doc ON doc.region_code = r.region_code AND doc.id = r.document_id
     WHERE r.region_code = $1 AND r.campaign_id = $2 AND e.uscc = $3`,
    [regionCode, campaignId, uscc],
  );
  return r.rows[0];
}

/** The first opening is the one recorded. */
export async function markGuidanceRead(db: Queryable, regionCode: string, campaignId: string, entityId: string, at: string): Promise<void> {
  await db.query(
    'UPDATE guidance_recipients SET read_at = coalesce(read_at, $4) WHERE region_code = $1 AND campaign_id = $2 AND entity_id = $3',
    [regionCode, campaignId, entityId, at],
  );
}
