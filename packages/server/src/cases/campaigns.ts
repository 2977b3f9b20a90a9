/**
 * Guidance to a class of entities in one action (SPEC §3; 常政办发〔2025〕5号 第三项: 对某一类型易发违法违规行为，
 * 采用行政建议或行政提示等指导方式): the class is an industry (GB/T 4754 prefix), a list of entities, or a
 * list drawn from complaints about an item or from the department's cases. Each entity gets its own
 * numbered document; the portal shows it to the entity. A region is a town or street of the county (乡镇、
 * 街道), matched in the registered address.
 */
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import { z } from 'zod';
import type { AppContext, RequestMeta } from '../context';
import { issueDocument } from '../documents/issue-document';
import { AppError, notFound, validationError } from '../errors';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';

export const CAMPAIGN_MEASURES = ['administrative_reminder', 'administrative_suggestion', 'administrative_guidance'] as const;
/** One action reaches at most this many entities (a county's catering trade is a few thousand). */
export const MAX_CAMPAIGN_ENTITIES = 5000;

export const CampaignInputSchema = z
  .object({
    measureType: z.enum(CAMPAIGN_MEASURES, { message: '面向一类市场主体的指导只能是行政提示、行政建议或行政指导' }),
    title: z.string().trim().min(4, '标题至少4个字').max(100, '标题最多100个字'),
    facts: z.string().trim().min(4, '请写明易发问题（至少4个字）').max(2000, '最多2000个字'),
    content: z.string().trim().min(4, '请写明提示或建议的内容（至少4个字）').max(4000, '最多4000个字'),
    legalBasis: z.string().trim().min(2, '请写明依据').max(1000, '依据最多1000个字'),
    target: z.object({
      /** GB/T 4754-2017 prefix, e.g. H62 (餐饮业). */
      industryPrefix: z
        .string()
        .trim()
        .regex(/^([A-T]\d{0,4})?$/, '行业代码应为门类字母加数字（如H62）')
        .default(''),
      /** A town or street (乡镇、街道) of the county, matched in the registered address. */
      area: z.string().trim().max(30, '区域名称最多30个字').default(''),
      entityIds: z.array(z.string().uuid('标识格式不正确')).max(MAX_CAMPAIGN_ENTITIES).default([]),
      /** Entities complained about on this inspection item within `sinceDays`. */
      complaintItemId: z.string().uuid('标识格式不正确').nullable().default(null),
      /** Entities that had a case of this department within `sinceDays`. */
      fromCases: z.boolean().default(false),
      sinceDays: z.number().int().min(1).max(1095).default(365),
    }),
  })
  .superRefine((v, ctx) => {
    const t = v.target;
    if (!t.industryPrefix && !t.area && t.entityIds.length === 0 && !t.complaintItemId && !t.fromCases) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: '请选择对象：行业、区域、市场主体名单、投诉举报或案件数据' });
    }
  });
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

async function resolveTargets(
  ctx: AppContext,
  actor: Actor,
  t: CampaignInput['target'],
): Promise<{ id: string; name: string; uscc: string; address: string; legalRepresentative: string }[]> {
  const where = ['e.region_code = $1', "e.status = 'active'"];
  const params: unknown[] = [actor.regionCode];
  const since = new Date(ctx.now().getTime() - t.sinceDays * 86_400_000).toISOString();
  if (t.industryPrefix) {
    params.push(`${t.industryPrefix}%`);
    where.push(`e.industry_code LIKE $${params.length}`);
  }
  if (t.area) {
    params.push(`%${t.area}%`);
    where.push(`e.address LIKE $${params.length}`);
  }
  if (t.entityIds.length > 0) {
    params.push(t.entityIds);
    where.push(`e.id = ANY($${params.length}::uuid[])`);
  }
  if (t.complaintItemId) {
    params.push(t.complaintItemId, since);
    where.push(
      `EXISTS (SELECT 1 FROM signals s WHERE s.region_code = e.region_code AND s.entity_id = e.id AND s.item_id = $${params.length - 1} AND s.received_at >= $${params.length})`,
    );
  }
  if (t.fromCases) {
    params.push(actor.departmentId, since);
    where.push(
      `EXISTS (SELECT 1 FROM cases c WHERE c.region_code = e.region_code AND c.entity_id = e.id AND c.department_id = $${params.length - 1} AND c.created_at >= $${params.length})`,
    );
  }
  const r = await ctx.db.query<{ id: string; name: string; uscc: string; address: string; legalRepresentative: string }>(
    `SELECT e.id, e.name, e.uscc, e.address, e.legal_representative AS "legalRepresentative" FROM entities e WHERE ${where.join(' AND ')}
     ORDER BY e.uscc LIMIT ${MAX_CAMPAIGN_ENTITIES + 1}`,
    params,
  );
  return r.rows;
}

/** How many entities the target reaches now (the form's preview). */
export async function previewCampaign(ctx: AppContext, actor: Actor, target: CampaignInput['target']) {
  if (!can(actor, 'case.handle')) {
    throw new AppError('AUTH.FORBIDDEN', '仅限执法人员');
  }
  if (!target.industryPrefix && !target.area && target.entityIds.length === 0 && !target.complaintItemId && !target.fromCases) {
    throw validationError([{ path: 'target', message: '请选择对象：行业、区域、市场主体名单、投诉举报或案件数据' }]);
  }
  const rows = await resolveTargets(ctx, actor, target);
  return {
    count: Math.min(rows.length, MAX_CAMPAIGN_ENTITIES),
    tooMany: rows.length > MAX_CAMPAIGN_ENTITIES,
    sample: rows.slice(0, 10).map((r) => r.name),
  };
}

export async function sendCampaign(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CampaignInput) {
  if (!can(actor, 'case.handle') || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '行政指导须由本部门执法人员作出');
  }
  const targets = await resolveTargets(ctx, actor, input.target);
  if (targets.length === 0) {
    throw validationError([{ path: 'target', message: '没有符合条件的市场主体' }]);
  }
  if (targets.length > MAX_CAMPAIGN_ENTITIES) {
    throw validationError([{ path: 'target', message: `一次最多面向${MAX_CAMPAIGN_ENTITIES}个市场主体，请缩小范围` }]);
  }
  const id = newId();
  const now = ctx.now().toISOString();
  const on = shanghaiToday(ctx.now());
  const departmentId = actor.departmentId;
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO guidance_campaigns (region_code, id, department_id, measure_type, title, content, legal_basis, target, entity_count, created_by, created_by_name, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
      [
        actor.regionCode,
        id,
        departmentId,
        input.measureType,
        input.title,
        input.content,
        input.legalBasis,
        JSON.stringify(input.target),
        targets.length,
        actor.userId,
        actor.displayName,
        now,
      ],
    );
    const documentNos: string[] = [];
    for (const e of targets) {
      const doc = await issueDocument(
        tx,
        ctx,
        actor,
        {
          departmentId,
          aggregateType: 'guidance_campaign',
          aggregateId: id,
          kind: input.measureType,
          issuedOn: on,
          data: {
            partyName: e.name,
            partyUscc: e.uscc,
            partyAddress: e.address,
            legalRepresentative: e.legalRepresentative,
            facts: input.facts,
            legalBasis: input.legalBasis,
            content: input.content,
            deadline: '—',
            officers: actor.displayName,
            contact: actor.displayName,
          },
        },
        now,
      );
      documentNos.push(doc.documentNo);
      await tx.query('INSERT INTO guidance_recipients (region_code, campaign_id, entity_id, document_id) VALUES ($1,$2,$3,$4)', [
        actor.regionCode,
        id,
        e.id,
        doc.id,
      ]);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'guidance_campaign',
      aggregateId: id,
      type: 'guidance_campaign.sent',
      payload: {
        measureType: input.measureType,
        title: input.title,
        target: input.target,
        entities: targets.length,
        first: documentNos[0],
        last: documentNos.at(-1),
      },
    });
  });
  return { id, entityCount: targets.length };
}

export async function listCampaigns(ctx: AppContext, actor: Actor) {
  if (!actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '仅限执法部门');
  }
  const r = await ctx.db.query(
    `SELECT g.id, g.measure_type AS "measureType", g.title, g.entity_count AS "entityCount", g.created_by_name AS "createdByName", g.created_at AS "createdAt",
       (SELECT count(*)::int FROM guidance_recipients r WHERE r.region_code = g.region_code AND r.campaign_id = g.id AND r.read_at IS NOT NULL) AS "readCount"
     FROM guidance_campaigns g WHERE g.region_code = $1 AND g.department_id = $2 ORDER BY g.created_at DESC LIMIT 200`,
    [actor.regionCode, actor.departmentId],
  );
  return r.rows;
}

/** The guidance the party received (portal). */
export async function myGuidance(ctx: AppContext, actor: Actor) {
  if (!can(actor, 'case.portal')) {
    throw new AppError('AUTH.FORBIDDEN', '仅限企业用户');
  }
  const r = await ctx.db.query(
    `SELECT g.id, g.measure_type AS "measureType", g.title, g.content, d.name AS "departmentName", doc.document_no AS "documentNo", g.created_at AS "createdAt", r.read_at AS "readAt"
     FROM guidance_recipients r JOIN guidance_campaigns g ON g.region_code = r.region_code AND g.id = r.campaign_id
       JOIN entities e ON e.region_code = r.region_code AND e.id = r.entity_id
       JOIN departments d ON d.region_code = g.region_code AND d.id = g.department_id
       JOIN documents doc ON doc.region_code = r.region_code AND doc.id = r.document_id
     WHERE r.region_code = $1 AND e.uscc = $2 ORDER BY g.created_at DESC`,
    [actor.regionCode, actor.entityUscc],
  );
  return r.rows;
}

/** The party opens its copy: marked read, and the file returned. */
export async function guidanceFile(ctx: AppContext, actor: Actor, campaignId: string) {
  const r = await ctx.db.query<{ entityId: string; fileSha256: string; fileName: string }>(
    `SELECT r.entity_id AS "entityId", doc.file_sha256 AS "fileSha256", doc.file_name AS "fileName"
     FROM guidance_recipients r JOIN entities e ON e.region_code = r.region_code AND e.id = r.entity_id
       JOIN documents doc ON doc.region_code = r.region_code AND doc.id = r.document_id
     WHERE r.region_code = $1 AND r.campaign_id = $2 AND e.uscc = $3`,
    [actor.regionCode, campaignId, actor.entityUscc],
  );
  const d = r.rows[0];
  if (!d || !can(actor, 'case.portal')) {
    throw notFound('文书');
  }
  await ctx.db.query(
    'UPDATE guidance_recipients SET read_at = coalesce(read_at, $4) WHERE region_code = $1 AND campaign_id = $2 AND entity_id = $3',
    [actor.regionCode, campaignId, d.entityId, ctx.now().toISOString()],
  );
  return { stream: ctx.blobs.open(d.fileSha256), fileName: d.fileName };
}
