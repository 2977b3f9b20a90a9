/**
 * The registers around cases: observation periods (SPEC §14), guiding cases (§10), the department's
 * templates (§7, §10), follow-up days (§5) and its 公益抵罚 rule (§5). Each change is an event + audit row.
 */

import { Readable } from 'node:stream';
import { MEASURE_TYPES, type MeasureType } from '@rouxing/contracts';
import {
  type Actor,
  can,
  DEFAULT_FOLLOW_UP_DAYS,
  DOCUMENT_TYPE_KEYS,
  DOCUMENT_TYPES,
  type DocumentType,
  industryName,
  MEASURE_TYPE_SPECS,
  serviceOffsetRuleProblems,
  shanghaiToday,
} from '@rouxing/domain';
import { z } from 'zod';
import type { AppContext, RequestMeta } from '../context';
import { DEFAULT_TEMPLATES, PLACEHOLDERS } from '../documents/gongwen';
import { templateTags } from '../documents/render';
import { AppError, notFound, validationError } from '../errors';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { caseMaterials, findCase } from './case.repository';
import { isReviewer, isStaff } from './scope';

function requireReviewer(actor: Actor, what: string): string {
  if (!isReviewer(actor)) {
    throw new AppError('AUTH.FORBIDDEN', `${what}须由本部门法制审核人员办理`);
  }
  return actor.departmentId as string;
}

// ── 观察期 (SPEC §14) ───────────────────────────────────────────────────────────────────────────────

export const ObservationPeriodInputSchema = z
  .object({
    entityId: z.string().uuid('标识格式不正确'),
    startOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD'),
    endOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD'),
    reason: z.string().trim().min(10, '请具体说明设定观察期的理由（至少10个字）').max(1000, '理由最多1000个字'),
    /** The proposer states that none of §14's exclusions applies (law forbids it, danger to safety, life and health). */
    noExclusion: z.literal(true, { message: '须确认不属于法律法规禁止或者危害公共安全和人民群众生命健康的情形' }),
  })
  .superRefine((v, ctx) => {
    if (v.endOn < v.startOn) {
      ctx.addIssue({ code: 'custom', path: ['endOn'], message: '观察期结束日期不能早于开始日期' });
    }
  });

/** The longest period the platform accepts (the policy sets none; two years, longer needs a new approval). */
export const MAX_OBSERVATION_DAYS = 730;

export async function proposeObservationPeriod(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: z.infer<typeof ObservationPeriodInputSchema>,
) {
  if (!isStaff(actor) || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '观察期须由执法部门提出');
  }
  const e = await ctx.db.query<{ id: string; name: string; newBusinessForm: boolean; creditGrade: string | null }>(
    'SELECT id, name, new_business_form AS "newBusinessForm", credit_grade AS "creditGrade" FROM entities WHERE region_code = $1 AND id = $2',
    [actor.regionCode, input.entityId],
  );
  const entity = e.rows[0];
  if (!entity) {
    throw validationError([{ path: 'entityId', message: '市场主体不存在或不在本辖区' }]);
  }
  // 第十四项: 对符合国家和地方政策导向的新业态新模式市场主体 … 设定"观察期".
  if (!entity.newBusinessForm) {
    throw new AppError('OBSERVATION.NOT_NEW_BUSINESS_FORM', '只有新业态、新模式的市场主体才能设定观察期（常政办发〔2025〕5号第十四项）', [
      { path: 'entityId', message: '该市场主体未登记为新业态新模式' },
    ]);
  }
  // SPEC §14: not for an entity with a serious dishonesty record (credit grade D).
  if (entity.creditGrade === 'D') {
    throw new AppError('OBSERVATION.SERIOUS_DISHONESTY', '存在严重失信记录的市场主体不能设定观察期', [
      { path: 'entityId', message: '信用等级为D（严重失信）' },
    ]);
  }
  const days = (Date.parse(input.endOn) - Date.parse(input.startOn)) / 86_400_000;
  if (Number.isNaN(days) || days > MAX_OBSERVATION_DAYS) {
    throw validationError([{ path: 'endOn', message: `观察期最长${MAX_OBSERVATION_DAYS}日` }]);
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO observation_periods (region_code, id, entity_id, department_id, start_on, end_on, reason, status, proposed_by, proposed_by_name, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,'pending',$8,$9,$10)`,
      [actor.regionCode, id, entity.id, actor.departmentId, input.startOn, input.endOn, input.reason, actor.userId, actor.displayName, now],
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'observation_period',
      aggregateId: id,
      type: 'observation_period.proposed',
      toState: 'pending',
      payload: { entityId: entity.id, startOn: input.startOn, endOn: input.endOn, reason: input.reason },
    });
  });
  return { id };
}

/** A reviewer of the proposing department, not the proposer, approves or refuses; approval marks the entity. */
export async function decideObservationPeriod(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string, approve: boolean) {
  const departmentId = requireReviewer(actor, '观察期审批');
  await ctx.db.transaction(async (tx) => {
    const r = await tx.query<{
      status: string;
      proposedBy: string;
      departmentId: string;
      entityId: string;
      startOn: string;
      endOn: string;
    }>(
      `SELECT status, proposed_by AS "proposedBy", department_id AS "departmentId", entity_id AS "entityId", start_on AS "startOn", end_on AS "endOn"
       FROM observation_periods WHERE region_code = $1 AND id = $2 FOR UPDATE`,
      [actor.regionCode, id],
    );
    const p = r.rows[0];
    if (!p || p.departmentId !== departmentId) {
      throw notFound('观察期');
    }
    if (p.status !== 'pending') {
      throw new AppError('OBSERVATION.DECIDED', '该观察期已经审批', [{ path: 'status', message: '已审批' }]);
    }
    if (p.proposedBy === actor.userId) {
      throw new AppError('OBSERVATION.OWN_PROPOSAL', '提出人不能审批自己提出的观察期，请由其他法制审核人员审批', [
        { path: 'approvedBy', message: '须由他人审批' },
      ]);
    }
    const now = ctx.now().toISOString();
    const status = approve ? 'approved' : 'refused';
    await tx.query(
      `UPDATE observation_periods SET status = $3, approved_by = $4, approved_by_name = $5, decided_at = $6 WHERE region_code = $1 AND id = $2`,
      [actor.regionCode, id, status, actor.userId, actor.displayName, now],
    );
    await refreshObservationFlag(tx, actor.regionCode, p.entityId, shanghaiToday(ctx.now()));
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'observation_period',
      aggregateId: id,
      type: `observation_period.${status}`,
      fromState: 'pending',
      toState: status,
      payload: { entityId: p.entityId, startOn: p.startOn, endOn: p.endOn },
    });
  });
  return { id };
}

/** `entities.in_observation_period` (read by the decision engine's door) follows the approved periods. */
export async function refreshObservationFlag(
  db: { query: AppContext['db']['query'] },
  regionCode: string,
  entityId: string | null,
  today: string,
) {
  await db.query(
    `UPDATE entities e SET in_observation_period = EXISTS (
       SELECT 1 FROM observation_periods p WHERE p.region_code = e.region_code AND p.entity_id = e.id AND p.status = 'approved'
         AND p.start_on <= $3::date AND p.end_on >= $3::date)
     WHERE e.region_code = $1 AND ($2::uuid IS NULL OR e.id = $2::uuid)
       AND (e.in_observation_period OR EXISTS (SELECT 1 FROM observation_periods p WHERE p.region_code = e.region_code AND p.entity_id = e.id))`,
    [regionCode, entityId, today],
  );
}

export async function listObservationPeriods(ctx: AppContext, actor: Actor) {
  if (!can(actor, 'case.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看观察期名录');
  }
  const r = await ctx.db.query(
    `SELECT p.id, p.entity_id AS "entityId", e.name AS "entityName", e.uscc, p.department_id AS "departmentId", d.name AS "departmentName",
       p.proposed_by AS "proposedBy", p.start_on AS "startOn", p.end_on AS "endOn",
       p.reason, p.status, p.proposed_by_name AS "proposedByName", p.approved_by_name AS "approvedByName", p.created_at AS "createdAt"
     FROM observation_periods p JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
       JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
     WHERE p.region_code = $1 ORDER BY p.created_at DESC`,
    [actor.regionCode],
  );
  return r.rows;
}

// ── 指导性案例 (SPEC §10) ───────────────────────────────────────────────────────────────────────────

/**
 * Masks what identifies a person or the party in free text: the given names, 身份证号码 (18 digits, last
 * may be X), 统一社会信用代码, mobile and landline numbers.
 */
export function anonymise(text: string, names: readonly string[]): string {
  let out = text;
  for (const n of [...names].filter((x) => x.trim().length > 1).sort((a, b) => b.length - a.length)) {
    out = out.split(n).join(n.length <= 4 ? `${n[0]}某` : '某市场主体');
  }
  return out
    .replace(/\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g, '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊')
    .replace(/\b\d{17}[\dXx]\b/g, '＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊')
    .replace(/\b1\d{10}\b/g, (m) => `${m.slice(0, 3)}＊＊＊＊${m.slice(7)}`)
    .replace(/\b0\d{2,3}-?\d{7,8}\b/g, '＊＊＊＊-＊＊＊＊＊＊＊');
}

export const GuidingCaseInputSchema = z.object({
  title: z.string().trim().min(4, '标题至少4个字').max(100, '标题最多100个字'),
  summary: z.string().trim().min(10, '请写明裁判要旨（至少10个字）').max(1000, '要旨最多1000个字'),
  keywords: z.array(z.string().trim().min(1).max(20)).max(10, '关键词最多10个').default([]),
});

/** A reviewer of the case's department publishes an archived case as an anonymised guiding case. */
export async function publishGuidingCase(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  input: z.infer<typeof GuidingCaseInputSchema>,
) {
  const departmentId = requireReviewer(actor, '发布指导性案例');
  const row = await findCase(ctx.db, actor.regionCode, caseId);
  if (!row || row.departmentId !== departmentId) {
    throw notFound('案件');
  }
  if (row.state !== 'archived') {
    throw new AppError('CASE.NOT_ARCHIVED', '只有已归档的案件才能作为指导性案例发布', [{ path: 'caseId', message: '案件尚未归档' }]);
  }
  const e = await ctx.db.query<{ name: string; legalRepresentative: string; industryCode: string }>(
    'SELECT name, legal_representative AS "legalRepresentative", industry_code AS "industryCode" FROM entities WHERE region_code = $1 AND id = $2',
    [actor.regionCode, row.entityId],
  );
  const entity = e.rows[0];
  const names = [entity?.name ?? '', entity?.legalRepresentative ?? ''];
  const measures = row.snapshot.measures.map((m) => `${MEASURE_TYPE_SPECS[m.type].label}（${m.on}）`).join('、') || '无';
  const materials = await caseMaterials(ctx.db, actor.regionCode, caseId);
  const outcome =
    row.snapshot.termination !== null
      ? `终止柔性执法（${row.snapshot.termination.reason || row.snapshot.termination.ground}）`
      : '当事人改正违法行为，案件办结';
  const body = anonymise(
    [
      `【基本案情】${row.facts}`,
      `【法律依据】${row.legalBasis}`,
      `【柔性执法措施】${measures}`,
      `【处理结果】${outcome}`,
      `【案卷材料】共${materials.length}项`,
    ].join('\n'),
    names,
  );
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await tx
      .query(
        `INSERT INTO guiding_cases (region_code, id, case_id, department_id, title, industry, summary, body, keywords, published_by, published_by_name, published_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
        [
          actor.regionCode,
          id,
          caseId,
          departmentId,
          anonymise(input.title, names),
          entity?.industryCode ?? '',
          anonymise(input.summary, names),
          body,
          input.keywords,
          actor.userId,
          actor.displayName,
          now,
        ],
      )
      .catch((err: unknown) => {
        if (String((err as Error).message).includes('guiding_cases_case_uq')) {
          throw new AppError('CONFLICT.DUPLICATE', '该案件已经发布为指导性案例');
        }
        throw err;
      });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'guiding_case',
      aggregateId: id,
      type: 'guiding_case.published',
      payload: { caseId, title: input.title },
    });
  });
  return { id };
}

/** The public portal's guiding cases (no login): searchable by words in title, summary, body, keywords. */
export async function publicGuidingCases(ctx: AppContext, regionCode: string, q: string | undefined) {
  const params: unknown[] = [regionCode];
  let where = 'g.region_code = $1';
  if (q) {
    params.push(`%${q}%`);
    where += ` AND (g.title LIKE $2 OR g.summary LIKE $2 OR g.body LIKE $2 OR array_to_string(g.keywords, ' ') LIKE $2)`;
  }
  const r = await ctx.db.query(
    `SELECT g.id, g.title, g.industry, g.summary, g.body, g.keywords, d.name AS "departmentName", g.published_at AS "publishedAt"
     FROM guiding_cases g JOIN departments d ON d.region_code = g.region_code AND d.id = g.department_id WHERE ${where} ORDER BY g.published_at DESC LIMIT 100`,
    params,
  );
  // GB/T 4754 names: the public page has no login to read the industry list with.
  return r.rows.map((g) => ({ ...g, industryName: industryName(String(g.industry)) ?? '' }));
}

// ── Templates (SPEC §7, §10) ────────────────────────────────────────────────────────────────────────

export async function listTemplates(ctx: AppContext, actor: Actor) {
  if (!isStaff(actor) || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '文书模板仅限执法部门');
  }
  const r = await ctx.db.query<{
    docType: string;
    version: number;
    id: string;
    fileName: string;
    uploadedByName: string;
    uploadedAt: string;
    active: boolean;
  }>(
    `SELECT doc_type AS "docType", version, id, file_name AS "fileName", uploaded_by_name AS "uploadedByName", uploaded_at AS "uploadedAt", active
     FROM document_templates WHERE region_code = $1 AND department_id = $2 ORDER BY doc_type, version DESC`,
    [actor.regionCode, actor.departmentId],
  );
  return DOCUMENT_TYPE_KEYS.map((t) => ({
    docType: t,
    title: DOCUMENT_TYPES[t].title,
    versions: r.rows.filter((v) => v.docType === t),
    current: r.rows.find((v) => v.docType === t && v.active)?.version ?? null,
  }));
}

/**
 * A reviewer uploads a new version of a template: a .docx whose placeholders are all known ones (an
 * unknown `{tag}` would print literally), which becomes the department's template of that type.
 */
export async function uploadTemplate(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  docType: string,
  file: { data: Buffer; fileName: string },
) {
  const departmentId = requireReviewer(actor, '上传文书模板');
  if (!(DOCUMENT_TYPE_KEYS as readonly string[]).includes(docType)) {
    throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
  }
  let tags: string[];
  try {
    tags = templateTags(file.data);
  } catch (err) {
    if (err instanceof AppError) {
      throw err;
    }
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', '模板须为Word（.docx）文件，且占位符格式正确（如{partyName}）', [
      { path: 'file', message: '无法读取模板' },
    ]);
  }
  const unknown = tags.filter((t) => !(t in PLACEHOLDERS));
  if (unknown.length > 0) {
    throw validationError([{ path: 'file', message: `模板中有未定义的占位符：${unknown.map((t) => `{${t}}`).join('、')}` }]);
  }
  const stored = await ctx.blobs.put(Readable.from([file.data]));
  const id = newId();
  const now = ctx.now().toISOString();
  const version = await ctx.db.transaction(async (tx) => {
    const v = await tx.query<{ next: number }>(
      `SELECT coalesce(max(version), 0) + 1 AS next FROM document_templates WHERE region_code = $1 AND department_id = $2 AND doc_type = $3`,
      [actor.regionCode, departmentId, docType],
    );
    const next = v.rows[0]?.next ?? 1;
    await tx.query('UPDATE document_templates SET active = false WHERE region_code = $1 AND department_id = $2 AND doc_type = $3', [
      actor.regionCode,
      departmentId,
      docType,
    ]);
    await tx.query(
      `INSERT INTO document_templates (region_code, id, department_id, doc_type, version, file_sha256, file_name, active, uploaded_by, uploaded_by_name, uploaded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,true,$8,$9,$10)`,
      [actor.regionCode, id, departmentId, docType, next, stored.sha256, file.fileName.slice(0, 200), actor.userId, actor.displayName, now],
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'document_template',
      aggregateId: `${departmentId}:${docType}`,
      type: 'document_template.uploaded',
      payload: { docType, version: next, sha256: stored.sha256 },
      attachments: [stored.sha256],
    });
    return next;
  });
  return { id, docType, version };
}

/** Back to the default template that ships with the product (the uploaded versions stay on record). */
export async function revertTemplate(ctx: AppContext, actor: Actor, meta: RequestMeta, docType: string) {
  const departmentId = requireReviewer(actor, '恢复默认模板');
  if (!(docType in DEFAULT_TEMPLATES)) {
    throw validationError([{ path: 'docType', message: '文书类型不正确' }]);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE document_templates SET active = false WHERE region_code = $1 AND department_id = $2 AND doc_type = $3', [
      actor.regionCode,
      departmentId,
      docType,
    ]);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'document_template',
      aggregateId: `${departmentId}:${docType}`,
      type: 'document_template.reverted',
      payload: { docType },
    });
  });
  return { docType, version: null };
}

export function isDocumentType(t: string): t is DocumentType {
  return (DOCUMENT_TYPE_KEYS as readonly string[]).includes(t);
}

// ── Follow-up days and the 公益抵罚 rule (SPEC §5) ──────────────────────────────────────────────────

export const FollowUpSettingsSchema = z.partialRecord(
  z.enum(MEASURE_TYPES, { message: '措施类型不正确' }),
  z.number().int('天数须为整数').min(1, '天数最少1天').max(365, '天数最多365天').nullable(),
);

export async function followUpSettings(ctx: AppContext, actor: Actor) {
  if (!isStaff(actor) || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '仅限执法部门');
  }
  const r = await ctx.db.query<{ measureType: MeasureType; days: number | null }>(
    'SELECT measure_type AS "measureType", days FROM follow_up_settings WHERE region_code = $1 AND department_id = $2',
    [actor.regionCode, actor.departmentId],
  );
  const own = new Map(r.rows.map((s) => [s.measureType, s.days]));
  return MEASURE_TYPES.map((t) => ({
    measureType: t,
    label: MEASURE_TYPE_SPECS[t].label,
    days: own.has(t) ? (own.get(t) ?? null) : DEFAULT_FOLLOW_UP_DAYS[t],
    defaultDays: DEFAULT_FOLLOW_UP_DAYS[t],
  }));
}

export async function setFollowUpSettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: Partial<Record<MeasureType, number | null>>,
) {
  const departmentId = requireReviewer(actor, '设置回访期限');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    for (const [t, days] of Object.entries(input)) {
      await tx.query(
        `INSERT INTO follow_up_settings (region_code, department_id, measure_type, days) VALUES ($1,$2,$3,$4)
         ON CONFLICT (region_code, department_id, measure_type) DO UPDATE SET days = $4`,
        [actor.regionCode, departmentId, t, days],
      );
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: departmentId,
      type: 'follow_up_settings.changed',
      payload: input,
    });
  });
  return followUpSettings(ctx, actor);
}

export const ServiceOffsetRuleInputSchema = z.object({
  field: z.enum(['public_security', 'transport'], { message: '公益抵罚仅在公安、交通领域实施（常政办发〔2025〕5号第五项）' }),
  yuanPerHour: z.number().int('须为整数（元）').positive('须为正数'),
  capYuan: z.number().int('须为整数（元）').positive('须为正数').nullable(),
  capPercentOfFine: z.number().int('须为整数').min(1, '比例为1至100').max(100, '比例为1至100').nullable(),
});

export async function serviceOffsetRule(ctx: AppContext, actor: Actor) {
  const r = await ctx.db.query(
    `SELECT field, yuan_per_hour AS "yuanPerHour", cap_yuan AS "capYuan", cap_percent_of_fine AS "capPercentOfFine", published_at AS "publishedAt"
     FROM service_offset_rules WHERE region_code = $1 AND department_id = $2`,
    [actor.regionCode, actor.departmentId],
  );
  return r.rows[0] ?? null;
}

/** A reviewer of a public-security or transport department publishes its conversion rule (checked by the domain). */
export async function setServiceOffsetRule(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: z.infer<typeof ServiceOffsetRuleInputSchema>,
) {
  const departmentId = requireReviewer(actor, '公布公益抵罚折抵规则');
  const d = await ctx.db.query<{ code: string }>('SELECT code FROM departments WHERE region_code = $1 AND id = $2', [
    actor.regionCode,
    departmentId,
  ]);
  const fieldOf: Record<string, string> = { GA: 'public_security', JTYS: 'transport' };
  if (fieldOf[d.rows[0]?.code ?? ''] !== input.field) {
    throw new AppError('OFFSET.FIELD_NOT_ALLOWED', '公益抵罚仅在公安、交通领域实施，本部门不能公布折抵规则（常政办发〔2025〕5号第五项）', [
      { path: 'field', message: '本部门不属于公安或交通运输部门' },
    ]);
  }
  const problems = serviceOffsetRuleProblems({ ...input, departmentId });
  if (problems.length > 0) {
    throw validationError(problems.map((message) => ({ path: 'rule', message })));
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO service_offset_rules (region_code, department_id, field, yuan_per_hour, cap_yuan, cap_percent_of_fine, published_by, published_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (region_code, department_id) DO UPDATE SET field = $3, yuan_per_hour = $4, cap_yuan = $5, cap_percent_of_fine = $6, published_by = $7, published_at = $8`,
      [actor.regionCode, departmentId, input.field, input.yuanPerHour, input.capYuan, input.capPercentOfFine, actor.userId, now],
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: departmentId,
      type: 'service_offset_rule.published',
      payload: input,
    });
  });
  return serviceOffsetRule(ctx, actor);
}
