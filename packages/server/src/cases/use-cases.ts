/**
 * Flexible-enforcement cases (SPEC §5–§9, §14): every request loads the case under a row lock, asks the
 * domain's lifecycle table (`applyCaseAction`) whether the action may be taken, and writes the new
 * snapshot, the documents, deliveries and materials and one event on the case's hash chain in the same
 * transaction — a refusal writes nothing. Time comes from `ctx.now()` (Asia/Shanghai days).
 */
import { Readable } from 'node:stream';
import {
  type CaseAction,
  type CaseApplicationInput,
  type CaseDetail,
  type CaseStartInput,
  DecisionRequestSchema,
  type DeliveryMethod,
  type MeasureInput,
  type MeasureType,
  type MeasureView,
  type ProposalView,
  type TerminationInput,
  type TodoItem,
} from '@rouxing/contracts';
import {
  type Actor,
  addDays,
  applyCaseAction,
  archiveChecklistProblems,
  availableActions,
  type CaseActionInputs,
  type CaseSnapshot,
  can,
  caseCommitmentOverdue,
  DEFAULT_FOLLOW_UP_DAYS,
  DELIVERY_METHOD_LABELS,
  DOCUMENT_TYPES,
  type DocumentType,
  decide,
  type FollowUpConfig,
  followUpDueOn,
  MEASURE_TYPE_SPECS,
  type MeasureDraft,
  measureDocument,
  observationPeriodOn,
  pendingCommitment,
  type RecordedMeasure,
  type ServiceOffsetRule,
  shanghaiToday,
  TERMINATION_GROUND_LABELS,
  transitionRefusal,
} from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { chineseDate, issueDocument, takeDocumentSerial } from '../documents/issue-document';
import { AppError, notFound, refused, validationError } from '../errors';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import {
  type CaseRow,
  caseDeliveries,
  caseDocuments,
  caseEvents,
  caseMaterials,
  caseMeasureExtras,
  electronicConsentOf,
  findCase,
  followUpsWhere,
  observationPeriodsOf,
  type StoredProposal,
  searchCases,
  toSummary,
} from './case.repository';
import { isParty, isStaff } from './scope';

const today = (ctx: AppContext) => shanghaiToday(ctx.now());

// ── Scope ───────────────────────────────────────────────────────────────────────────────────────────

/** Who may read a case: its department's staff, the party, the Judicial Bureau and oversight (the region). */
function canRead(actor: Actor, row: CaseRow): boolean {
  if (actor.regionCode !== row.regionCode) {
    return false;
  }
  if (isParty(actor, row)) {
    return true;
  }
  // Staff read their own department's cases; the Judicial Bureau and oversight (case.read without case.handle) the region's.
  if (can(actor, 'case.read') && !isStaff(actor)) {
    return true;
  }
  return isStaff(actor) && actor.departmentId === row.departmentId;
}

async function visibleCase(db: Queryable, actor: Actor, id: string, lock = false): Promise<CaseRow> {
  const row = await findCase(db, actor.regionCode, id, lock);
  if (!row || !canRead(actor, row)) {
    throw notFound('案件');
  }
  return row;
}

// ── The one way a case changes ──────────────────────────────────────────────────────────────────────

interface Step<A extends CaseAction> {
  action: A;
  input: CaseActionInputs[A];
  payload: Record<string, unknown>;
  attachments?: string[];
  proposal?: StoredProposal | null;
}

/**
 * Takes `step` on the locked case: the lifecycle decides; the row, its snapshot and an event follow.
 * The party's observation periods are read fresh (an approval since the last action counts).
 */
async function takeStep<A extends CaseAction>(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  step: Step<A>,
): Promise<CaseSnapshot> {
  const periods = await observationPeriodsOf(tx, row.regionCode, row.entityId);
  const snapshot: CaseSnapshot = { ...row.snapshot, observationPeriods: periods.map(({ start, end }) => ({ start, end })) };
  const r = applyCaseAction(snapshot, step.action, actor, step.input);
  if (!r.ok) {
    throw refused(r.code, r.problem, step.action);
  }
  const k = r.case;
  const now = ctx.now().toISOString();
  // undefined: the step leaves a pending proposal as it is; null clears it.
  const proposal = step.proposal === undefined ? row.proposal : step.proposal;
  await tx.query(
    `UPDATE cases SET state = $3, snapshot = $4, commitment_deadline = $5, closed_on = $6, archived_on = $7, proposal = $8,
       version = version + 1, updated_at = $9 WHERE region_code = $1 AND id = $2`,
    [
      row.regionCode,
      row.id,
      k.state,
      JSON.stringify(k),
      pendingCommitment(k)?.commitment?.deadline ?? null,
      k.closedOn,
      k.archivedOn,
      proposal ? JSON.stringify(proposal) : null,
      now,
    ],
  );
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'case',
    aggregateId: row.id,
    type: `case.${step.action}`,
    fromState: r.from,
    toState: r.to,
    payload: step.payload,
    attachments: step.attachments,
  });
  row.snapshot = k;
  row.state = k.state;
  if (k.state === 'completed' && r.from !== 'completed') {
    await scheduleFollowUps(tx, ctx, actor, meta, row, k);
  }
  return k;
}

/** A change on the case that is not a lifecycle step (a material filed, a signature, a delivery served). */
async function caseNote(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  type: string,
  payload: Record<string, unknown>,
  attachments?: string[],
): Promise<void> {
  await recordChange(tx, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'case',
    aggregateId: row.id,
    type,
    fromState: row.state,
    toState: row.state,
    payload,
    attachments,
  });
  await tx.query('UPDATE cases SET version = version + 1, updated_at = $3 WHERE region_code = $1 AND id = $2', [
    row.regionCode,
    row.id,
    ctx.now().toISOString(),
  ]);
}

interface MaterialInput {
  caseId: string;
  measureId: string | null;
  item: string;
  source: 'document' | 'delivery' | 'upload' | 'record';
  fileSha256?: string | null;
  fileName?: string | null;
  mediaType?: string | null;
  size?: number | null;
  note?: string;
}

async function fileMaterial(tx: Queryable, ctx: AppContext, actor: Actor, m: MaterialInput): Promise<string> {
  const id = newId();
  await tx.query(
    `INSERT INTO case_materials (region_code, id, case_id, measure_id, item, source, file_sha256, file_name, media_type, size, note,
       created_by, created_by_name, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      actor.regionCode,
      id,
      m.caseId,
      m.measureId,
      m.item,
      m.source,
      m.fileSha256 ?? null,
      m.fileName ?? null,
      m.mediaType ?? null,
      m.size ?? null,
      m.note ?? '',
      actor.userId,
      actor.displayName,
      ctx.now().toISOString(),
    ],
  );
  return id;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Issues a document of the case, files it as `item` and, when it is served, opens its delivery. */
async function issueCaseDocument(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  row: CaseRow,
  o: {
    kind: DocumentType;
    measureId: string | null;
    item: string | null;
    content: string;
    deadline: string;
    delivery: DeliveryMethod | null;
    proofItem: string;
    legalBasis?: string;
    facts?: string;
  },
) {
  const entity = await tx.query<{ name: string; address: string; legalRepresentative: string }>(
    'SELECT name, address, legal_representative AS "legalRepresentative" FROM entities WHERE region_code = $1 AND id = $2',
    [row.regionCode, row.entityId],
  );
  const e = entity.rows[0];
  const officer = await tx.query<{ certificateNo: string | null }>('SELECT certificate_no AS "certificateNo" FROM users WHERE id = $1', [
    actor.userId,
  ]);
  const on = today(ctx);
  const doc = await issueDocument(
    tx,
    ctx,
    actor,
    {
      departmentId: row.departmentId,
      aggregateType: 'case',
      aggregateId: row.id,
      kind: o.kind,
      issuedOn: on,
      data: {
        partyName: e?.name ?? '',
        partyUscc: row.partyUscc,
        partyAddress: e?.address ?? '',
        legalRepresentative: e?.legalRepresentative ?? '',
        facts: o.facts ?? row.facts,
        legalBasis: o.legalBasis ?? row.legalBasis,
        content: o.content,
        deadline: o.deadline,
        officers: `${actor.displayName}${officer.rows[0]?.certificateNo ? `（执法证号${officer.rows[0].certificateNo}）` : ''}`,
        contact: actor.displayName,
      },
    },
    ctx.now().toISOString(),
  );
  if (o.item) {
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: o.measureId,
      item: o.item,
      source: 'document',
      fileSha256: doc.fileSha256,
      fileName: doc.fileName,
      mediaType: DOCX_TYPE,
      note: doc.documentNo,
    });
  }
  let deliveryId: string | null = null;
  if (o.delivery && DOCUMENT_TYPES[o.kind].served) {
    deliveryId = newId();
    await tx.query(
      `INSERT INTO deliveries (region_code, id, case_id, document_id, measure_id, proof_item, method, sent_on, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
      [row.regionCode, deliveryId, row.id, doc.id, o.measureId, o.proofItem, o.delivery, on, ctx.now().toISOString()],
    );
  }
  return { ...doc, deliveryId };
}

/** 电子送达 only with the party's recorded consent (SPEC §7; cf. 行政处罚法 第六十一条第二款). */
async function checkElectronic(tx: Queryable, row: CaseRow, method: DeliveryMethod | null, path: string): Promise<void> {
  if (method === 'electronic' && !(await electronicConsentOf(tx, row.regionCode, row.entityId))) {
    throw refused('CASE.CONSENT_REQUIRED', '电子送达须经当事人同意并签订确认书：当事人尚未在企业端签署电子送达确认书', path);
  }
}

// ── Start ───────────────────────────────────────────────────────────────────────────────────────────

async function newCaseNo(tx: Queryable, regionCode: string, departmentId: string, on: string): Promise<string> {
  const year = Number(on.slice(0, 4));
  const serial = await takeDocumentSerial(tx, regionCode, departmentId, 'case', year);
  const d = await tx.query<{ docPrefix: string }>('SELECT doc_prefix AS "docPrefix" FROM departments WHERE region_code = $1 AND id = $2', [
    regionCode,
    departmentId,
  ]);
  return `${d.rows[0]?.docPrefix ?? ''}柔案〔${year}〕${serial}号`;
}

async function insertCase(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  o: {
    departmentId: string;
    entity: { id: string; uscc: string };
    origin: 'ex_officio' | 'on_application';
    facts: string;
    legalBasis: string;
    violationItemId: string | null;
  },
): Promise<string> {
  const on = today(ctx);
  const caseId = newId();
  const periods = await observationPeriodsOf(tx, actor.regionCode, o.entity.id);
  const r = applyCaseAction(null, 'start', actor, {
    on,
    caseId,
    origin: o.origin,
    regionCode: actor.regionCode,
    departmentId: o.departmentId,
    partyUscc: o.entity.uscc,
    observationPeriods: periods.map(({ start, end }) => ({ start, end })),
  });
  if (!r.ok) {
    throw refused(r.code, r.problem, 'start');
  }
  const now = ctx.now().toISOString();
  const caseNo = await newCaseNo(tx, actor.regionCode, o.departmentId, on);
  await tx.query(
    `INSERT INTO cases (region_code, id, case_no, department_id, entity_id, party_uscc, origin, state, facts, legal_basis, violation_item_id,
       snapshot, started_on, created_by, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15)`,
    [
      actor.regionCode,
      caseId,
      caseNo,
      o.departmentId,
      o.entity.id,
      o.entity.uscc,
      o.origin,
      r.to,
      o.facts,
      o.legalBasis,
      o.violationItemId,
      JSON.stringify(r.case),
      on,
      actor.userId,
      now,
    ],
  );
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'case',
    aggregateId: caseId,
    type: 'case.start',
    fromState: null,
    toState: r.to,
    payload: { caseNo, origin: o.origin, entityId: o.entity.id, partyUscc: o.entity.uscc, facts: o.facts, legalBasis: o.legalBasis },
  });
  return caseId;
}

/** 依职权: an officer of the department starts a case for an entity of the region (第六项). */
export async function startCase(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseStartInput): Promise<CaseDetail> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '依职权启动柔性执法须由本部门执法人员办理');
  }
  const departmentId = actor.departmentId;
  const id = await ctx.db.transaction(async (tx) => {
    const e = await tx.query<{ id: string; uscc: string }>('SELECT id, uscc FROM entities WHERE region_code = $1 AND id = $2', [
      actor.regionCode,
      input.entityId,
    ]);
    const entity = e.rows[0];
    if (!entity) {
      throw validationError([{ path: 'entityId', message: '当事人不存在或不在本辖区' }]);
    }
    if (input.violationItemId) {
      const v = await tx.query('SELECT 1 FROM violation_items WHERE region_code = $1 AND id = $2', [
        actor.regionCode,
        input.violationItemId,
      ]);
      if (v.rows.length === 0) {
        throw validationError([{ path: 'violationItemId', message: '违法行为事项不存在' }]);
      }
    }
    return insertCase(tx, ctx, actor, meta, { departmentId, entity, origin: 'ex_officio', ...input });
  });
  return getCase(ctx, actor, id);
}

/** 依申请: the party applies through the portal; its application is the first material of the file. */
export async function applyForCase(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseApplicationInput): Promise<CaseDetail> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw new AppError('AUTH.FORBIDDEN', '依申请启动柔性执法须由当事人通过企业端提出申请');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const e = await tx.query<{ id: string; uscc: string }>('SELECT id, uscc FROM entities WHERE region_code = $1 AND uscc = $2', [
      actor.regionCode,
      actor.entityUscc,
    ]);
    const entity = e.rows[0];
    if (!entity) {
      throw notFound('企业');
    }
    const d = await tx.query('SELECT 1 FROM departments WHERE region_code = $1 AND id = $2', [actor.regionCode, input.departmentId]);
    if (d.rows.length === 0) {
      throw validationError([{ path: 'departmentId', message: '执法部门不存在' }]);
    }
    const caseId = await insertCase(tx, ctx, actor, meta, {
      departmentId: input.departmentId,
      entity,
      origin: 'on_application',
      facts: input.facts,
      legalBasis: '《常宁市人民政府办公室关于全面推行柔性执法工作的指导意见》（常政办发〔2025〕5号）第六项',
      violationItemId: null,
    });
    await fileMaterial(tx, ctx, actor, {
      caseId,
      measureId: null,
      item: 'application',
      source: 'record',
      note: `当事人于${today(ctx)}通过企业端申请：${input.facts}`,
    });
    return caseId;
  });
  return getCase(ctx, actor, id);
}

// ── Notice and choice (第六项) ──────────────────────────────────────────────────────────────────────

export async function serveNotice(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { delivery: DeliveryMethod; choiceDeadline: string; offered: string },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const consent = await electronicConsentOf(tx, row.regionCode, row.entityId);
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'serve_notice',
      input: { on: today(ctx), delivery: input.delivery, choiceDeadline: input.choiceDeadline, electronicConsent: consent },
      payload: { delivery: input.delivery, choiceDeadline: input.choiceDeadline, offered: input.offered },
    });
    await issueCaseDocument(tx, ctx, actor, row, {
      kind: 'choice_notice',
      measureId: null,
      item: 'choice_notice',
      content: input.offered,
      deadline: chineseDate(input.choiceDeadline),
      delivery: input.delivery,
      proofItem: 'choice_notice_delivery',
    });
  });
  return getCase(ctx, actor, id);
}

/**
 * The party's choice: through the portal (the record is the 企业端选择记录), or entered by an officer from
 * the signed 回执 (which the officer then files), or 视为不选择 after the deadline.
 */
export async function recordChoice(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { choice: 'accept' | 'decline'; deemed: boolean },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    if (isParty(actor, row) && row.state === 'notice_served') {
      // The choice is made on the notice's page in the portal: answering it is receiving it.
      await receivePendingElectronic(tx, ctx, actor, meta, row, 'choice_notice_delivery');
    }
    const k = await takeStep(tx, ctx, actor, meta, row, {
      action: 'record_choice',
      input: { on, choice: input.choice, deemed: input.deemed },
      payload: {
        choice: input.choice,
        deemed: input.deemed,
        byParty: isParty(actor, row),
        // 第六项: declining hands the matter over to the ordinary procedure.
        handedOverToGeneralProcedure: input.choice === 'decline',
      },
    });
    if (isParty(actor, row) || input.deemed) {
      await fileMaterial(tx, ctx, actor, {
        caseId: row.id,
        measureId: null,
        item: 'choice_record',
        source: 'record',
        note: input.deemed
          ? `当事人在选择期限（至${k.notice?.choiceDeadline}）内未作选择，${on}视为不选择柔性执法，转一般程序`
          : `当事人于${on}通过企业端${input.choice === 'accept' ? '选择接受柔性执法' : '选择不接受柔性执法（转一般程序）'}`,
      });
    }
  });
  return getCase(ctx, actor, id);
}

/** 撤回申请 (第八项(1)): recorded, after which a reviewer may terminate on that ground. */
export async function withdrawApplication(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    await takeStep(tx, ctx, actor, meta, row, { action: 'withdraw_application', input: { on }, payload: { byParty: isParty(actor, row) } });
    if (isParty(actor, row)) {
      await fileMaterial(tx, ctx, actor, {
        caseId: row.id,
        measureId: null,
        item: 'withdrawal',
        source: 'record',
        note: `当事人于${on}通过企业端撤回申请`,
      });
    }
  });
  return getCase(ctx, actor, id);
}

// ── Measures ────────────────────────────────────────────────────────────────────────────────────────

/** The department's published 公益抵罚 rule, or null (第五项: only in the public-security and transport fields). */
async function offsetRuleOf(db: Queryable, regionCode: string, departmentId: string): Promise<ServiceOffsetRule | null> {
  const r = await db.query<Omit<ServiceOffsetRule, 'departmentId'>>(
    `SELECT field, yuan_per_hour AS "yuanPerHour", cap_yuan AS "capYuan", cap_percent_of_fine AS "capPercentOfFine"
     FROM service_offset_rules WHERE region_code = $1 AND department_id = $2`,
    [regionCode, departmentId],
  );
  const rule = r.rows[0];
  return rule ? { ...rule, departmentId } : null;
}

function nextMeasureId(row: CaseRow): string {
  const used = row.snapshot.measures.length + (row.proposal?.kind === 'measure' ? 1 : 0);
  return `M${used + 1}`;
}

async function draftOf(tx: Queryable, row: CaseRow, id: string, input: MeasureInput): Promise<MeasureDraft> {
  switch (input.type) {
    case 'administrative_reminder':
    case 'administrative_suggestion':
      return { id, type: input.type, oral: input.oral };
    case 'interview':
      if (!input.interview) {
        throw validationError([{ path: 'interview', message: '行政约谈须写明约谈方式、参加部门和牵头部门' }]);
      }
      return { id, type: 'interview', interview: input.interview };
    case 'commitment':
      if (!input.deadline) {
        throw validationError([{ path: 'deadline', message: '告知承诺须写明承诺改正的期限' }]);
      }
      return { id, type: 'commitment', deadline: input.deadline };
    case 'community_service_offset': {
      if (!input.offset) {
        throw validationError([{ path: 'offset', message: '公益抵罚须写明罚款数额、经核实的服务时长和处罚决定书文号' }]);
      }
      const rule = await offsetRuleOf(tx, row.regionCode, row.departmentId);
      if (!rule) {
        throw refused(
          'CASE.OFFSET_RULE_MISSING',
          '本部门未公布公益抵罚折抵规则（公益抵罚仅在公安、交通领域实施，常政办发〔2025〕5号第五项）',
          'offset',
        );
      }
      return { id, type: 'community_service_offset', offset: { rule, ...input.offset } };
    }
    default:
      return { id, type: input.type };
  }
}

/** 不予处罚决定 rests on the decision engine's answer, evaluated now and stored with the measure. */
function engineAnswer(input: MeasureInput, on: string): Record<string, unknown> | null {
  if (input.type !== 'no_penalty_decision') {
    return null;
  }
  // Decided today: the limitation period and the list's validity are judged on the day of the decision.
  const parsed = DecisionRequestSchema.safeParse({ ...(input.decisionRequest as object | undefined), decidedOn: on });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw validationError([
      { path: `decisionRequest.${first?.path.join('.') ?? ''}`, message: first?.message ?? '不予处罚决定须附裁量辅助的案件事实' },
    ]);
  }
  const answer = decide(parsed.data);
  // 行政处罚法 第三十三条: 不予行政处罚 (应当: no_penalty; 可以: may_waive, e.g. 首违).
  if (answer.outcome !== 'no_penalty' && answer.outcome !== 'may_waive') {
    throw refused(
      'CASE.NO_PENALTY_NOT_APPLICABLE',
      `裁量辅助的结论为“${answer.outcome}”，不符合不予行政处罚的条件：${answer.explanation}`,
      'decisionRequest',
    );
  }
  return { request: parsed.data, answer };
}

/**
 * Records the measure (the actor is the officer, or for a measure that needs approval the approving
 * reviewer), issues its document and opens its delivery.
 */
async function carryOutMeasure(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  measureId: string,
  input: MeasureInput,
  o: { draftedBy: string | null; draftedByName?: string; decision: Record<string, unknown> | null; opinion?: string },
): Promise<void> {
  const on = today(ctx);
  if (input.oral && !MEASURE_TYPE_SPECS[input.type].oralAllowed) {
    throw validationError([{ path: 'oral', message: `${MEASURE_TYPE_SPECS[input.type].label}不能以口头方式作出` }]);
  }
  await checkElectronic(tx, row, input.delivery, 'delivery');
  const draft = await draftOf(tx, row, measureId, input);
  const k = await takeStep(tx, ctx, actor, meta, row, {
    action: 'record_measure',
    input: { on, measure: draft, draftedBy: o.draftedBy, observationException: input.observationException },
    payload: { measureId, type: input.type, oral: input.oral, content: input.content, deadline: input.deadline, draftedBy: o.draftedBy },
    proposal: null,
  });
  const recorded = k.measures.find((m) => m.id === measureId) as RecordedMeasure;
  const docType = measureDocument(recorded);
  let documentId: string | null = null;
  if (docType) {
    const served = DOCUMENT_TYPES[docType].served;
    const doc = await issueCaseDocument(tx, ctx, actor, row, {
      kind: docType,
      measureId,
      // A commitment is filed once the party has signed it; the others as issued.
      item: input.type === 'commitment' ? null : 'document',
      content: input.content,
      deadline: input.interview?.scheduledAt ?? (input.deadline ? chineseDate(input.deadline) : '—'),
      delivery: served ? (input.delivery ?? 'direct') : null,
      proofItem: 'delivery_proof',
    });
    documentId = doc.id;
  }
  if (o.opinion) {
    await fileMaterial(tx, ctx, actor, { caseId: row.id, measureId, item: 'legal_review', source: 'record', note: o.opinion });
  }
  await tx.query(
    `INSERT INTO case_measures (region_code, case_id, id, type, content, details, document_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [
      row.regionCode,
      row.id,
      measureId,
      input.type,
      input.content,
      JSON.stringify({
        interview: input.interview,
        decision: o.decision,
        offset: recorded.offset,
        delivery: input.delivery,
        recordedByName: o.draftedByName ?? actor.displayName,
        approvedByName: o.draftedBy ? actor.displayName : null,
      }),
      documentId,
      ctx.now().toISOString(),
    ],
  );
}

/**
 * An officer records a measure. 不予处罚决定 and 公益抵罚 need a reviewer's approval (SPEC §1, §5): they are
 * checked now as far as the officer can see and kept as the case's proposal until a reviewer decides.
 */
export async function recordMeasure(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: MeasureInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const on = today(ctx);
    const measureId = nextMeasureId(row);
    const decision = engineAnswer(input, on);
    const spec = MEASURE_TYPE_SPECS[input.type];
    if (spec.approval !== 'reviewer') {
      await carryOutMeasure(tx, ctx, actor, meta, row, measureId, input, { draftedBy: null, decision });
      return;
    }
    const draft = await draftOf(tx, row, measureId, input);
    await propose(tx, ctx, actor, meta, row, {
      check: {
        action: 'record_measure',
        input: { on, measure: draft, draftedBy: actor.userId, observationException: input.observationException },
      },
      delivery: input.delivery,
      proposal: { kind: 'measure', summary: `${spec.label}：${input.content.slice(0, 200)}`, input: { ...input, decision }, measureId },
      event: { type: 'case.measure_proposed', payload: { measureId, type: input.type, content: input.content } },
    });
  });
  return getCase(ctx, actor, id);
}

/**
 * Keeps an officer's proposal for the reviewer, after telling the officer now everything the lifecycle would
 * refuse except the approval itself (a stand-in reviewer asks the domain).
 */
async function propose(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  o: {
    check:
      | { action: 'record_measure'; input: CaseActionInputs['record_measure'] }
      | { action: 'terminate'; input: CaseActionInputs['terminate'] };
    delivery: DeliveryMethod | null;
    proposal: Pick<StoredProposal, 'kind' | 'summary' | 'input' | 'measureId'>;
    event: { type: string; payload: Record<string, unknown> };
  },
): Promise<void> {
  if (row.proposal) {
    throw refused('CASE.PROPOSAL_PENDING', '本案已有待法制审核的申请，请等待审核后再提交', 'proposal');
  }
  const periods = await observationPeriodsOf(tx, row.regionCode, row.entityId);
  const standIn: Actor = { ...actor, userId: '(法制审核人员)', roles: [...actor.roles, 'reviewer'] };
  const refusal = transitionRefusal({ ...row.snapshot, observationPeriods: periods }, o.check.action, standIn, o.check.input);
  if (refusal) {
    throw refused(refusal.code, refusal.message, o.check.action);
  }
  await checkElectronic(tx, row, o.delivery, 'delivery');
  const proposal: StoredProposal = {
    ...o.proposal,
    proposedBy: actor.userId,
    proposedByName: actor.displayName,
    proposedAt: ctx.now().toISOString(),
  };
  await tx.query('UPDATE cases SET proposal = $3 WHERE region_code = $1 AND id = $2', [row.regionCode, row.id, JSON.stringify(proposal)]);
  await caseNote(tx, ctx, actor, meta, row, o.event.type, o.event.payload);
}

/** A reviewer of the department decides the pending proposal: approve (the step is taken) or return it. */
export async function decideProposal(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { approve: boolean; opinion: string },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const p = row.proposal;
    if (!p) {
      throw refused('CASE.NO_PROPOSAL', '本案没有待审核的申请', 'proposal');
    }
    if (!can(actor, 'case.approve') || actor.departmentId !== row.departmentId) {
      throw new AppError('AUTH.FORBIDDEN', '须由本部门法制审核人员审核');
    }
    if (!input.approve) {
      await tx.query('UPDATE cases SET proposal = NULL WHERE region_code = $1 AND id = $2', [row.regionCode, row.id]);
      await caseNote(tx, ctx, actor, meta, row, 'case.proposal_returned', { kind: p.kind, opinion: input.opinion });
      return;
    }
    if (p.kind === 'measure') {
      const { decision, ...measure } = p.input as MeasureInput & { decision: Record<string, unknown> | null };
      await carryOutMeasure(tx, ctx, actor, meta, row, p.measureId as string, measure as MeasureInput, {
        draftedBy: p.proposedBy,
        draftedByName: p.proposedByName,
        decision,
        opinion: `法制审核意见（${actor.displayName}，${today(ctx)}）：${input.opinion}`,
      });
      return;
    }
    await carryOutTermination(tx, ctx, actor, meta, row, p, input.opinion);
  });
  return getCase(ctx, actor, id);
}

// ── Commitment (第一项 告知承诺制) ──────────────────────────────────────────────────────────────────

/** The party signs the 承诺书 in the portal: the signature is filed as the measure's document. */
export async function signCommitment(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isParty(actor, row)) {
      throw new AppError('AUTH.FORBIDDEN', '承诺书须由当事人签署');
    }
    const m = pendingCommitment(row.snapshot);
    if (!m) {
      throw refused('CASE.NO_COMMITMENT', '本案没有待签署的告知承诺书', 'commitment');
    }
    const extras = await caseMeasureExtras(tx, row.regionCode, row.id);
    const extra = extras.get(m.id);
    if (extra?.partySignedAt) {
      throw refused('CASE.COMMITMENT_SIGNED', '承诺书已经签署', 'commitment');
    }
    const doc = await tx.query<{ fileSha256: string; fileName: string; documentNo: string }>(
      'SELECT file_sha256 AS "fileSha256", file_name AS "fileName", document_no AS "documentNo" FROM documents WHERE region_code = $1 AND id = $2',
      [row.regionCode, extra?.documentId],
    );
    const d = doc.rows[0];
    const now = ctx.now().toISOString();
    await tx.query('UPDATE case_measures SET party_signed_at = $4 WHERE region_code = $1 AND case_id = $2 AND id = $3', [
      row.regionCode,
      row.id,
      m.id,
      now,
    ]);
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: m.id,
      item: 'document',
      source: 'record',
      fileSha256: d?.fileSha256 ?? null,
      fileName: d?.fileName ?? null,
      mediaType: d ? DOCX_TYPE : null,
      note: `当事人（${actor.displayName}）于${today(ctx)}通过企业端签署告知承诺书${d ? `（${d.documentNo}）` : ''}，承诺于${m.commitment?.deadline}前改正`,
    });
    await caseNote(
      tx,
      ctx,
      actor,
      meta,
      row,
      'case.commitment_signed',
      { measureId: m.id, documentSha256: d?.fileSha256 ?? null },
      d ? [d.fileSha256] : [],
    );
  });
  return getCase(ctx, actor, id);
}

/** The officer verifies the correction: the 核查记录 is filed and the case completes. */
export async function fulfilCommitment(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { fulfilledOn: string; note: string },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const m = pendingCommitment(row.snapshot);
    if (m && isStaff(actor)) {
      const extra = (await caseMeasureExtras(tx, row.regionCode, row.id)).get(m.id);
      if (!extra?.partySignedAt && !(await hasMaterial(tx, row, m.id, 'document'))) {
        throw refused('CASE.COMMITMENT_UNSIGNED', '当事人尚未签署承诺书，不能确认承诺已履行', 'fulfil_commitment');
      }
    }
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'fulfil_commitment',
      input: { on: today(ctx), fulfilledOn: input.fulfilledOn },
      payload: { measureId: m?.id, fulfilledOn: input.fulfilledOn, note: input.note },
    });
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: m?.id ?? null,
      item: 'fulfilment_check',
      source: 'record',
      note: `核查记录（${actor.displayName}，${today(ctx)}）：当事人于${input.fulfilledOn}改正。${input.note}`,
    });
  });
  return getCase(ctx, actor, id);
}

async function hasMaterial(tx: Queryable, row: CaseRow, measureId: string | null, item: string): Promise<boolean> {
  const r = await tx.query(
    'SELECT 1 FROM case_materials WHERE region_code = $1 AND case_id = $2 AND item = $3 AND measure_id IS NOT DISTINCT FROM $4',
    [row.regionCode, row.id, item, measureId],
  );
  return r.rows.length > 0;
}

export async function completeCase(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    await takeStep(tx, ctx, actor, meta, row, { action: 'complete', input: { on: today(ctx) }, payload: {} });
  });
  return getCase(ctx, actor, id);
}

// ── Termination (第八项) ────────────────────────────────────────────────────────────────────────────

type TerminationProposalInput = TerminationInput;

/** An officer proposes termination; a reviewer (not the proposer) approves it (SPEC §8). */
export async function proposeTermination(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: TerminationProposalInput,
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw new AppError('AUTH.FORBIDDEN', '终止柔性执法须由本部门执法人员提出');
    }
    await propose(tx, ctx, actor, meta, row, {
      check: { action: 'terminate', input: { on: today(ctx), ...input, proposedBy: actor.userId } },
      delivery: input.delivery,
      proposal: {
        kind: 'termination',
        summary: `终止柔性执法：${TERMINATION_GROUND_LABELS[input.ground]}${input.reason ? `（${input.reason}）` : ''}`,
        input,
      },
      event: { type: 'case.termination_proposed', payload: { ...input } },
    });
  });
  return getCase(ctx, actor, id);
}

async function carryOutTermination(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  p: StoredProposal,
  opinion: string,
): Promise<void> {
  const input = p.input as TerminationProposalInput;
  const on = today(ctx);
  await takeStep(tx, ctx, actor, meta, row, {
    action: 'terminate',
    input: {
      on,
      ground: input.ground,
      reason: input.reason,
      proposedBy: p.proposedBy,
      handOverToGeneralProcedure: input.handOverToGeneralProcedure,
      observationException: input.observationException,
    },
    payload: { ...input, proposedBy: p.proposedBy, opinion },
    proposal: null,
  });
  await fileMaterial(tx, ctx, actor, {
    caseId: row.id,
    measureId: null,
    item: 'termination_approval',
    source: 'record',
    note: `终止审批意见（${actor.displayName}，${on}）：${opinion}`,
  });
  await issueCaseDocument(tx, ctx, actor, row, {
    kind: 'termination_notice',
    measureId: null,
    item: 'termination_notice',
    content: `${TERMINATION_GROUND_LABELS[input.ground]}${input.reason ? `（${input.reason}）` : ''}`,
    deadline: '—',
    delivery: input.delivery,
    proofItem: 'termination_notice_delivery',
    legalBasis: input.handOverToGeneralProcedure ? '本案依法转入一般程序办理。' : '',
  });
}

// ── Delivery (送达) ─────────────────────────────────────────────────────────────────────────────────

async function findDelivery(tx: Queryable, actor: Actor, deliveryId: string) {
  const r = await tx.query<{
    id: string;
    caseId: string;
    method: DeliveryMethod;
    deliveredOn: string | null;
    proofItem: string;
    measureId: string | null;
    documentNo: string;
  }>(
    `SELECT dl.id, dl.case_id AS "caseId", dl.method, dl.delivered_on AS "deliveredOn", dl.proof_item AS "proofItem", dl.measure_id AS "measureId",
       doc.document_no AS "documentNo"
     FROM deliveries dl JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE dl.region_code = $1 AND dl.id = $2 FOR UPDATE OF dl`,
    [actor.regionCode, deliveryId],
  );
  const d = r.rows[0];
  if (!d) {
    throw notFound('送达记录');
  }
  return d;
}

/**
 * The officer records a delivery made in person, left at the premises, by post or by public notice, with
 * the proof (the signed 送达回证, the postal receipt, the notice) as an optional file.
 */
export async function recordDeliveryProof(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  deliveryId: string,
  input: { deliveredOn: string; recipient: string; note: string },
  file: { data: Buffer; fileName: string } | null,
): Promise<CaseDetail> {
  const caseId = await ctx.db.transaction(async (tx) => {
    const d = await findDelivery(tx, actor, deliveryId);
    const row = await visibleCase(tx, actor, d.caseId, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw new AppError('AUTH.FORBIDDEN', '送达情况须由本部门执法人员记录');
    }
    if (row.state === 'archived') {
      throw refused('CASE.ARCHIVED', '案件已归档，不能再作任何处理', 'delivery');
    }
    if (d.deliveredOn) {
      throw refused('CASE.DELIVERED', '该文书已经送达', 'delivery');
    }
    if (d.method === 'electronic') {
      throw refused('CASE.ELECTRONIC_RECEIPT', '电子送达以当事人在企业端签收为准，不能由执法人员代为记录', 'delivery');
    }
    if (input.deliveredOn > today(ctx)) {
      throw validationError([{ path: 'deliveredOn', message: '送达日期不能晚于今天' }]);
    }
    const stored = file ? await storeUpload(ctx, file) : null;
    await tx.query('UPDATE deliveries SET delivered_on = $3, recipient = $4 WHERE region_code = $1 AND id = $2', [
      actor.regionCode,
      deliveryId,
      input.deliveredOn,
      input.recipient,
    ]);
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: d.measureId,
      item: d.proofItem,
      source: 'delivery',
      fileSha256: stored?.sha256,
      fileName: stored?.fileName,
      mediaType: stored?.mediaType,
      size: stored?.size,
      note: `${d.documentNo}于${input.deliveredOn}送达，签收人：${input.recipient}${input.note ? `；${input.note}` : ''}`,
    });
    await caseNote(tx, ctx, actor, meta, row, 'case.delivered', { deliveryId, method: d.method, ...input }, stored ? [stored.sha256] : []);
    return row.id;
  });
  return getCase(ctx, actor, caseId);
}

/** The party opens an electronically served document in the portal: that is the receipt (SPEC §7). */
export async function receiveDelivery(ctx: AppContext, actor: Actor, meta: RequestMeta, deliveryId: string): Promise<CaseDetail> {
  const caseId = await ctx.db.transaction(async (tx) => {
    const d = await findDelivery(tx, actor, deliveryId);
    const row = await visibleCase(tx, actor, d.caseId, true);
    if (!isParty(actor, row)) {
      throw notFound('送达记录');
    }
    if (d.method !== 'electronic') {
      throw refused('CASE.NOT_ELECTRONIC', '该文书不是电子送达', 'delivery');
    }
    if (!d.deliveredOn) {
      await markReceived(tx, ctx, actor, meta, row, d);
    }
    return row.id;
  });
  return getCase(ctx, actor, caseId);
}

/** The portal's receipt of an electronic delivery: the day, the account, and the proof filed. */
async function markReceived(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  d: { id: string; measureId: string | null; proofItem: string; documentNo: string },
): Promise<void> {
  const on = today(ctx);
  await tx.query('UPDATE deliveries SET delivered_on = $3, recipient = $4 WHERE region_code = $1 AND id = $2', [
    actor.regionCode,
    d.id,
    on,
    actor.displayName,
  ]);
  await fileMaterial(tx, ctx, actor, {
    caseId: row.id,
    measureId: d.measureId,
    item: d.proofItem,
    source: 'delivery',
    note: `电子送达：${d.documentNo}于${on}由当事人账号（${actor.displayName}）在企业端签收`,
  });
  await caseNote(tx, ctx, actor, meta, row, 'case.delivered', { deliveryId: d.id, method: 'electronic', receivedOn: on });
}

/** What the party has been sent electronically and not yet opened (answering in the portal opens it). */
async function receivePendingElectronic(tx: Queryable, ctx: AppContext, actor: Actor, meta: RequestMeta, row: CaseRow, proofItem: string) {
  const r = await tx.query<{ id: string; measureId: string | null; proofItem: string; documentNo: string }>(
    `SELECT dl.id, dl.measure_id AS "measureId", dl.proof_item AS "proofItem", doc.document_no AS "documentNo"
     FROM deliveries dl JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id
     WHERE dl.region_code = $1 AND dl.case_id = $2 AND dl.method = 'electronic' AND dl.delivered_on IS NULL AND dl.proof_item = $3`,
    [row.regionCode, row.id, proofItem],
  );
  for (const d of r.rows) {
    await markReceived(tx, ctx, actor, meta, row, d);
  }
}

/** 电子送达确认书: the party consents (or withdraws consent) to electronic delivery. */
export async function setDeliveryConsent(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  consent: boolean,
): Promise<{ consent: boolean }> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw new AppError('AUTH.FORBIDDEN', '电子送达确认书须由当事人签署');
  }
  await ctx.db.transaction(async (tx) => {
    const e = await tx.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND uscc = $2', [
      actor.regionCode,
      actor.entityUscc,
    ]);
    const entityId = e.rows[0]?.id;
    if (!entityId) {
      throw notFound('企业');
    }
    const now = ctx.now().toISOString();
    if (consent) {
      await tx.query(
        `INSERT INTO delivery_consents (region_code, entity_id, consented_at, consented_by) VALUES ($1,$2,$3,$4)
         ON CONFLICT (region_code, entity_id) DO UPDATE SET consented_at = $3, consented_by = $4, revoked_at = NULL`,
        [actor.regionCode, entityId, now, actor.userId],
      );
    } else {
      await tx.query('UPDATE delivery_consents SET revoked_at = $3 WHERE region_code = $1 AND entity_id = $2', [
        actor.regionCode,
        entityId,
        now,
      ]);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'entity',
      aggregateId: entityId,
      type: consent ? 'delivery_consent.given' : 'delivery_consent.revoked',
      payload: { consent },
    });
  });
  return { consent };
}

// ── Materials (全过程记录) ───────────────────────────────────────────────────────────────────────────

/** What a case file may hold (SECURITY.md: uploads checked by content, not by name). */
const MEDIA_TYPES: { type: string; at: number; magic: Buffer }[] = [
  { type: 'image/jpeg', at: 0, magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { type: 'image/png', at: 0, magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { type: 'application/pdf', at: 0, magic: Buffer.from('%PDF-') },
  { type: 'video/mp4', at: 4, magic: Buffer.from('ftyp') },
  { type: 'audio/mpeg', at: 0, magic: Buffer.from('ID3') },
  { type: 'audio/wav', at: 0, magic: Buffer.from('RIFF') },
  // .docx / .xlsx (electronic data, signed documents scanned to PDF are above).
  { type: 'application/zip', at: 0, magic: Buffer.from([0x50, 0x4b, 0x03, 0x04]) },
];
export const MAX_MATERIAL_BYTES = 200 * 1024 * 1024;

export function materialTypeOf(data: Buffer): string | null {
  return MEDIA_TYPES.find((t) => data.subarray(t.at, t.at + t.magic.length).equals(t.magic))?.type ?? null;
}

async function storeUpload(ctx: AppContext, file: { data: Buffer; fileName: string }) {
  if (file.data.length > MAX_MATERIAL_BYTES) {
    throw new AppError('UPLOAD.TOO_LARGE', `文件不能超过${MAX_MATERIAL_BYTES / 1024 / 1024}MB`, [{ path: 'file', message: '文件过大' }]);
  }
  const mediaType = materialTypeOf(file.data);
  if (!mediaType) {
    throw new AppError('UPLOAD.UNSUPPORTED_TYPE', '只能上传照片（JPEG、PNG）、PDF、音视频（MP4、MP3、WAV）或Office文件', [
      { path: 'file', message: '文件类型不支持' },
    ]);
  }
  const stored = await ctx.blobs.put(Readable.from([file.data]));
  return { ...stored, mediaType, fileName: file.fileName.slice(0, 200) };
}

export async function uploadMaterial(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: { item: string; measureId: string | null; note: string },
  file: { data: Buffer; fileName: string },
): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw new AppError('AUTH.FORBIDDEN', '案卷材料须由本部门执法人员上传');
    }
    // SPEC §9: archiving freezes the case.
    if (row.state === 'archived') {
      throw refused('CASE.ARCHIVED', '案件已归档，案卷已冻结，不能再添加材料', 'file');
    }
    if (input.measureId && !row.snapshot.measures.some((m) => m.id === input.measureId)) {
      throw validationError([{ path: 'measureId', message: '本案没有该措施' }]);
    }
    const stored = await storeUpload(ctx, file);
    await fileMaterial(tx, ctx, actor, {
      caseId: row.id,
      measureId: input.measureId,
      item: input.item,
      source: 'upload',
      fileSha256: stored.sha256,
      fileName: stored.fileName,
      mediaType: stored.mediaType,
      size: stored.size,
      note: input.note,
    });
    await caseNote(
      tx,
      ctx,
      actor,
      meta,
      row,
      'case.material_added',
      { item: input.item, measureId: input.measureId, sha256: stored.sha256, fileName: stored.fileName },
      [stored.sha256],
    );
  });
  return getCase(ctx, actor, id);
}

// ── Archive (第九项) ───────────────────────────────────────────────────────────────────────────────

export async function archiveCase(ctx: AppContext, actor: Actor, meta: RequestMeta, id: string): Promise<CaseDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, id, true);
    const materials = await caseMaterials(tx, row.regionCode, row.id);
    await takeStep(tx, ctx, actor, meta, row, {
      action: 'archive',
      input: { on: today(ctx), materials: materials.map((m) => ({ item: m.item, measureId: m.measureId })) },
      payload: { materials: materials.map((m) => ({ item: m.item, measureId: m.measureId, sha256: m.fileSha256 })) },
    });
  });
  return getCase(ctx, actor, id);
}

/** The 案卷 as files: documents, then every filed material with a file, then a readable index. */
export async function archiveFiles(ctx: AppContext, actor: Actor, id: string) {
  const row = await visibleCase(ctx.db, actor, id);
  // The 案卷 holds the officers' evidence and the full record: the department and supervision, not the party.
  if (isParty(actor, row)) {
    throw notFound('案卷');
  }
  if (row.state !== 'archived') {
    throw refused('CASE.NOT_ARCHIVED', '只有已归档的案件才能导出案卷', 'archive');
  }
  const [documents, materials] = await Promise.all([caseDocuments(ctx.db, row.regionCode, id), caseMaterials(ctx.db, row.regionCode, id)]);
  const files: { path: string; data: Buffer }[] = [];
  for (const d of documents) {
    files.push({ path: `文书/${d.fileName}`, data: await ctx.blobs.read(d.fileSha256) });
  }
  let n = 0;
  const index: string[] = [`案卷：${row.caseNo}`, `当事人：${row.entityName}（${row.partyUscc}）`, `办案部门：${row.departmentName}`, ''];
  for (const m of materials) {
    n++;
    index.push(`${n}. [${m.item}]${m.measureId ? `（${m.measureId}）` : ''} ${m.note}${m.fileName ? ` 文件：${m.fileName}` : ''}`);
    if (m.fileSha256 && m.source === 'upload') {
      files.push({ path: `材料/${String(n).padStart(3, '0')}-${m.fileName}`, data: await ctx.blobs.read(m.fileSha256) });
    }
  }
  files.push({ path: '案卷目录.txt', data: Buffer.from(`${index.join('\n')}\n`, 'utf8') });
  return { row, files };
}

// ── Follow-up visits (第五项 跟踪回访) ─────────────────────────────────────────────────────────────

async function followUpConfig(tx: Queryable, regionCode: string, departmentId: string): Promise<FollowUpConfig> {
  const r = await tx.query<{ measureType: MeasureType; days: number | null }>(
    'SELECT measure_type AS "measureType", days FROM follow_up_settings WHERE region_code = $1 AND department_id = $2',
    [regionCode, departmentId],
  );
  const config: Record<string, number | null> = { ...DEFAULT_FOLLOW_UP_DAYS };
  for (const s of r.rows) {
    config[s.measureType] = s.days;
  }
  return config as FollowUpConfig;
}

/** On completion, one visit per measure that is a decision, due after the department's days. */
async function scheduleFollowUps(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  k: CaseSnapshot,
): Promise<void> {
  const config = await followUpConfig(tx, row.regionCode, row.departmentId);
  const completedOn = k.closedOn ?? today(ctx);
  const scheduled: { measureId: string; dueOn: string }[] = [];
  for (const m of k.measures) {
    const dueOn = followUpDueOn(m.type, completedOn, config);
    if (dueOn) {
      await tx.query(
        `INSERT INTO follow_up_visits (region_code, id, case_id, measure_id, measure_type, due_on) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (region_code, case_id, measure_id) DO NOTHING`,
        [row.regionCode, newId(), row.id, m.id, m.type, dueOn],
      );
      scheduled.push({ measureId: m.id, dueOn });
    }
  }
  if (scheduled.length > 0) {
    await caseNote(tx, ctx, actor, meta, row, 'case.follow_up_scheduled', { visits: scheduled });
  }
}

/** A visit's findings (officer) or the party's own answer (portal); recorded on the visit's own chain. */
export async function recordFollowUp(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  visitId: string,
  input: { visitedOn?: string; correction: string; legality: string; conduct: string; comment: string },
) {
  return ctx.db.transaction(async (tx) => {
    const v = await tx.query<{ caseId: string; visitedOn: string | null }>(
      'SELECT case_id AS "caseId", visited_on AS "visitedOn" FROM follow_up_visits WHERE region_code = $1 AND id = $2 FOR UPDATE',
      [actor.regionCode, visitId],
    );
    const visit = v.rows[0];
    if (!visit) {
      throw notFound('回访');
    }
    const row = await visibleCase(tx, actor, visit.caseId);
    const party = isParty(actor, row);
    if (!party && !(isStaff(actor) && actor.departmentId === row.departmentId)) {
      throw notFound('回访');
    }
    if (visit.visitedOn) {
      throw refused('FOLLOW_UP.RECORDED', '该回访已经记录', 'followUp');
    }
    const on = party ? today(ctx) : (input.visitedOn ?? today(ctx));
    if (on > today(ctx)) {
      throw validationError([{ path: 'visitedOn', message: '回访日期不能晚于今天' }]);
    }
    const now = ctx.now().toISOString();
    await tx.query(
      `UPDATE follow_up_visits SET visited_on = $3, correction = $4, legality = $5, conduct = $6, comment = $7, answered_by_party = $8,
         recorded_by = $9, recorded_at = $10 WHERE region_code = $1 AND id = $2`,
      [actor.regionCode, visitId, on, input.correction, input.legality, input.conduct, input.comment, party, actor.userId, now],
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'follow_up_visit',
      aggregateId: visitId,
      type: party ? 'follow_up.answered_by_party' : 'follow_up.recorded',
      payload: {
        caseId: row.id,
        visitedOn: on,
        correction: input.correction,
        legality: input.legality,
        conduct: input.conduct,
        comment: input.comment,
      },
    });
    return { id: visitId, visitedOn: on };
  });
}

export async function listFollowUps(ctx: AppContext, actor: Actor, q: { open?: boolean }) {
  const t = today(ctx);
  if (can(actor, 'case.portal')) {
    return followUpsWhere(ctx.db, t, `v.region_code = $1 AND c.party_uscc = $2${q.open ? ' AND v.visited_on IS NULL' : ''}`, [
      actor.regionCode,
      actor.entityUscc,
    ]);
  }
  if (can(actor, 'case.read') && !isStaff(actor)) {
    return followUpsWhere(ctx.db, t, `v.region_code = $1${q.open ? ' AND v.visited_on IS NULL' : ''}`, [actor.regionCode]);
  }
  if (!isStaff(actor)) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看回访');
  }
  return followUpsWhere(ctx.db, t, `v.region_code = $1 AND c.department_id = $2${q.open ? ' AND v.visited_on IS NULL' : ''}`, [
    actor.regionCode,
    actor.departmentId,
  ]);
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────────

export async function listCases(ctx: AppContext, actor: Actor, q: { state?: string; q?: string; page: number; pageSize: number }) {
  let scope: { departmentId?: string | null; partyUscc?: string | null } = {};
  if (can(actor, 'case.portal')) {
    scope = { partyUscc: actor.entityUscc };
  } else if (isStaff(actor)) {
    scope = { departmentId: actor.departmentId };
  } else if (!can(actor, 'case.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看柔性执法案件');
  }
  const r = await searchCases(ctx.db, actor.regionCode, { ...q, ...scope });
  const t = today(ctx);
  return { items: r.rows.map((row) => toSummary(row, t)), total: r.total, page: q.page, pageSize: q.pageSize };
}

export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseDetail> {
  const db = ctx.db;
  const row = await visibleCase(db, actor, id);
  const t = today(ctx);
  const party = isParty(actor, row);
  const k = row.snapshot;
  const [documents, deliveries, materials, extras, followUps, events, periods, consent, offered, guidingCaseId] = await Promise.all([
    caseDocuments(db, row.regionCode, id),
    caseDeliveries(db, row.regionCode, id),
    caseMaterials(db, row.regionCode, id),
    caseMeasureExtras(db, row.regionCode, id),
    followUpsWhere(db, t, 'v.region_code = $1 AND v.case_id = $2', [row.regionCode, id]),
    caseEvents(db, row.regionCode, id),
    observationPeriodsOf(db, row.regionCode, row.entityId),
    electronicConsentOf(db, row.regionCode, row.entityId),
    k.notice ? noticeOffered(db, row.regionCode, id) : '',
    row.state === 'archived' ? guidingCaseOf(db, row.regionCode, id) : null,
  ]);
  const measures: MeasureView[] = k.measures.map((m) => {
    const x = extras.get(m.id);
    const details = (x?.details ?? {}) as {
      interview?: MeasureView['interview'];
      decision?: Record<string, unknown> | null;
      recordedByName?: string;
      approvedByName?: string | null;
    };
    return {
      id: m.id,
      type: m.type,
      on: m.on,
      oral: m.oral,
      content: x?.content ?? '',
      recordedByName: details.recordedByName ?? '',
      approvedByName: details.approvedByName ?? null,
      documentId: x?.documentId ?? null,
      commitment: m.commitment
        ? {
            ...m.commitment,
            partySignedAt: x?.partySignedAt ?? null,
            overdue: m.commitment.fulfilledOn === null && t > m.commitment.deadline,
          }
        : null,
      interview: details.interview ?? null,
      offset: m.offset
        ? {
            fineYuan: m.offset.fineYuan,
            verifiedHours: m.offset.verifiedHours,
            reductionYuan: m.offset.reductionYuan,
            remainingFineYuan: m.offset.remainingFineYuan,
            penaltyDecisionNo: m.offset.penaltyDecisionNo,
          }
        : null,
      decision: details.decision ?? null,
    };
  });
  const archiveMissing =
    row.state === 'completed' || row.state === 'terminated'
      ? archiveChecklistProblems(
          k.measures,
          materials.map((m) => ({ item: m.item, measureId: m.measureId })),
          k,
        ).map((p) => p.message)
      : [];
  const proposal: ProposalView | null = row.proposal
    ? {
        kind: row.proposal.kind,
        proposedBy: row.proposal.proposedBy,
        proposedByName: row.proposal.proposedByName,
        proposedAt: row.proposal.proposedAt,
        summary: row.proposal.summary,
        input: row.proposal.input,
      }
    : null;
  const period = observationPeriodOn(periods, t);
  const actions = actor.regionCode === row.regionCode ? availableActions({ ...k, observationPeriods: periods }, actor) : [];
  return {
    ...toSummary(row, t),
    legalBasis: row.legalBasis,
    notice: k.notice ? { ...k.notice, offered } : null,
    choice: k.choice ? { choice: k.choice.choice, on: k.choice.on, deemed: k.choice.deemed } : null,
    applicationWithdrawnOn: k.applicationWithdrawnOn,
    termination: k.termination
      ? {
          ground: k.termination.ground,
          reason: k.termination.reason,
          on: k.termination.on,
          handOverToGeneralProcedure: k.termination.handOverToGeneralProcedure,
        }
      : null,
    observationPeriod: period
      ? { start: period.start, end: period.end, reason: periods.find((p) => p.start === period.start)?.reason ?? '' }
      : null,
    measures,
    documents,
    deliveries: deliveries.map(({ proofItem: _p, measureId: _m, ...d }) => d),
    // The party sees what was served on it and its own records, not the officers' internal notes.
    materials: party ? materials.filter((m) => m.source !== 'upload') : materials,
    followUps,
    proposal: party ? null : proposal,
    events: party ? [] : events,
    actions,
    archiveMissing,
    electronicConsent: consent,
    guidingCaseId,
  };
}

/** The guiding case published from the case, if any. */
async function guidingCaseOf(db: Queryable, regionCode: string, caseId: string): Promise<string | null> {
  const r = await db.query<{ id: string }>('SELECT id FROM guiding_cases WHERE region_code = $1 AND case_id = $2', [regionCode, caseId]);
  return r.rows[0]?.id ?? null;
}

/** What the 告知书 offered, as the officer wrote it (kept on the serve_notice event). */
async function noticeOffered(db: Queryable, regionCode: string, caseId: string): Promise<string> {
  const r = await db.query<{ offered: string | null }>(
    `SELECT payload->>'offered' AS offered FROM events WHERE region_code = $1 AND aggregate_type = 'case' AND aggregate_id = $2
       AND type = 'case.serve_notice' ORDER BY seq DESC LIMIT 1`,
    [regionCode, caseId],
  );
  return r.rows[0]?.offered ?? '';
}

/** Whether the party has a 电子送达确认书 on file (the portal's consent card). */
export async function myDeliveryConsent(ctx: AppContext, actor: Actor): Promise<{ consent: boolean }> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw new AppError('AUTH.FORBIDDEN', '仅限企业用户');
  }
  const e = await ctx.db.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND uscc = $2', [
    actor.regionCode,
    actor.entityUscc,
  ]);
  const id = e.rows[0]?.id;
  return { consent: id ? await electronicConsentOf(ctx.db, actor.regionCode, id) : false };
}

/** The document file, for the department's staff, the Judicial Bureau and the party it was issued to. */
export async function caseDocumentFile(ctx: AppContext, actor: Actor, documentId: string) {
  const r = await ctx.db.query<{ aggregateId: string; fileSha256: string; fileName: string }>(
    `SELECT aggregate_id AS "aggregateId", file_sha256 AS "fileSha256", file_name AS "fileName" FROM documents
     WHERE region_code = $1 AND id = $2 AND aggregate_type = 'case'`,
    [actor.regionCode, documentId],
  );
  const d = r.rows[0];
  if (!d) {
    throw notFound('文书');
  }
  await visibleCase(ctx.db, actor, d.aggregateId);
  return { stream: ctx.blobs.open(d.fileSha256), fileName: d.fileName };
}

export async function caseMaterialFile(ctx: AppContext, actor: Actor, caseId: string, materialId: string) {
  const row = await visibleCase(ctx.db, actor, caseId);
  const r = await ctx.db.query<{ fileSha256: string | null; fileName: string | null; mediaType: string | null; source: string }>(
    'SELECT file_sha256 AS "fileSha256", file_name AS "fileName", media_type AS "mediaType", source FROM case_materials WHERE region_code = $1 AND case_id = $2 AND id = $3',
    [row.regionCode, caseId, materialId],
  );
  const m = r.rows[0];
  if (!m?.fileSha256 || (isParty(actor, row) && m.source === 'upload')) {
    throw notFound('材料');
  }
  return { stream: ctx.blobs.open(m.fileSha256), fileName: m.fileName ?? 'material', mediaType: m.mediaType ?? 'application/octet-stream' };
}

// ── The officer's to-do list ────────────────────────────────────────────────────────────────────────

/** Days within which a closed case should be archived (第九项 "及时"; the platform's default). */
export const ARCHIVE_WITHIN_DAYS = 30;
/** Follow-up visits show on the list this many days before they fall due. */
export const FOLLOW_UP_NOTICE_DAYS = 7;

export async function todoList(ctx: AppContext, actor: Actor) {
  if (!isStaff(actor) || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '待办事项仅限执法人员和法制审核人员');
  }
  const t = today(ctx);
  const p = [actor.regionCode, actor.departmentId];
  const base = `FROM cases c JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id WHERE c.region_code = $1 AND c.department_id = $2`;
  const [choices, commitments, deliveries, visits, archive, approvals] = await Promise.all([
    ctx.db.query<{ id: string; caseNo: string; entityName: string; deadline: string }>(
      `SELECT c.id, c.case_no AS "caseNo", e.name AS "entityName", c.snapshot->'notice'->>'choiceDeadline' AS deadline ${base} AND c.state = 'notice_served'`,
      p,
    ),
    ctx.db.query<{ id: string; caseNo: string; entityName: string; deadline: string }>(
      `SELECT c.id, c.case_no AS "caseNo", e.name AS "entityName", c.commitment_deadline AS deadline ${base} AND c.state = 'commitment_pending'`,
      p,
    ),
    ctx.db.query<{ id: string; caseNo: string; entityName: string; sentOn: string; method: string; documentNo: string }>(
      `SELECT c.id, c.case_no AS "caseNo", e.name AS "entityName", dl.sent_on AS "sentOn", dl.method, doc.document_no AS "documentNo" ${base.replace(
        'WHERE',
        'JOIN deliveries dl ON dl.region_code = c.region_code AND dl.case_id = c.id JOIN documents doc ON doc.region_code = dl.region_code AND doc.id = dl.document_id WHERE',
      )} AND dl.delivered_on IS NULL AND c.state <> 'archived'`,
      p,
    ),
    followUpsWhere(ctx.db, t, 'v.region_code = $1 AND c.department_id = $2 AND v.visited_on IS NULL AND v.due_on <= $3', [
      ...p,
      addDays(t, FOLLOW_UP_NOTICE_DAYS),
    ]),
    ctx.db.query<{ id: string; caseNo: string; entityName: string; closedOn: string }>(
      `SELECT c.id, c.case_no AS "caseNo", e.name AS "entityName", c.closed_on AS "closedOn" ${base} AND c.state IN ('completed', 'terminated')`,
      p,
    ),
    can(actor, 'case.approve')
      ? ctx.db.query<{ id: string; caseNo: string; entityName: string; summary: string; proposedBy: string }>(
          `SELECT c.id, c.case_no AS "caseNo", e.name AS "entityName", c.proposal->>'summary' AS summary, c.proposal->>'proposedBy' AS "proposedBy" ${base} AND c.proposal IS NOT NULL`,
          p,
        )
      : Promise.resolve({ rows: [] as { id: string; caseNo: string; entityName: string; summary: string; proposedBy: string }[] }),
  ]);
  type Line = { id: string; caseNo: string; entityName: string };
  const item = (kind: TodoItem['kind'], c: Line, dueOn: string | null, overdue: boolean, detail: string): TodoItem => ({
    kind,
    caseId: c.id,
    caseNo: c.caseNo,
    entityName: c.entityName,
    dueOn,
    overdue,
    detail,
  });
  const items: TodoItem[] = [
    ...choices.rows.map((c) =>
      t > c.deadline
        ? item('choice_awaited', c, c.deadline, true, '选择期限已过，可记录为视为不选择')
        : item('choice_awaited', c, c.deadline, false, '等待当事人选择是否接受柔性执法'),
    ),
    ...commitments.rows.map((c) =>
      t > c.deadline
        ? item('commitment_overdue', c, c.deadline, true, '承诺期限已过未履行，可终止柔性执法转一般程序')
        : item('commitment_due', c, c.deadline, false, '告知承诺履行中'),
    ),
    ...deliveries.rows.map((d) =>
      item(
        'delivery_pending',
        d,
        d.sentOn,
        false,
        `${d.documentNo}待送达（${DELIVERY_METHOD_LABELS[d.method as DeliveryMethod] ?? d.method}）`,
      ),
    ),
    ...visits.map((v) =>
      item(
        v.overdue ? 'follow_up_overdue' : 'follow_up_due',
        { ...v, id: v.caseId },
        v.dueOn,
        v.overdue,
        v.overdue ? '回访已逾期' : '回访将到期',
      ),
    ),
    ...archive.rows.map((c) => {
      const due = addDays(c.closedOn, ARCHIVE_WITHIN_DAYS);
      return item('archive_due', c, due, t > due, '已办结或终止，待归档');
    }),
    ...approvals.rows.filter((a) => a.proposedBy !== actor.userId).map((a) => item('approval_awaited', a, null, false, a.summary)),
  ];
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}

/**
 * The overdue sweep (run daily on pg-boss, and callable): each commitment past its deadline gets one
 * `case.commitment_overdue` event, so the chain shows when it was flagged; overdue visits likewise.
 */
export async function flagOverdue(ctx: AppContext, meta: RequestMeta): Promise<{ commitments: number; followUps: number }> {
  const t = today(ctx);
  const system = (regionCode: string): Actor => ({
    userId: '00000000-0000-0000-0000-000000000000',
    username: 'system',
    displayName: '系统（期限提醒）',
    roles: [],
    permissions: new Set(),
    regionCode,
    departmentId: null,
    entityUscc: null,
  });
  const due = await ctx.db.query<{ regionCode: string; id: string; deadline: string }>(
    `SELECT c.region_code AS "regionCode", c.id, c.commitment_deadline AS deadline FROM cases c
     WHERE c.state = 'commitment_pending' AND c.commitment_deadline < $1
       AND NOT EXISTS (SELECT 1 FROM events ev WHERE ev.region_code = c.region_code AND ev.aggregate_type = 'case' AND ev.aggregate_id = c.id::text
         AND ev.type = 'case.commitment_overdue' AND ev.payload->>'deadline' = c.commitment_deadline::text)`,
    [t],
  );
  for (const c of due.rows) {
    await ctx.db.transaction(async (tx) => {
      const row = await findCase(tx, c.regionCode, c.id, true);
      if (row?.state === 'commitment_pending' && caseCommitmentOverdue(row.snapshot, t)) {
        await caseNote(tx, ctx, system(c.regionCode), meta, row, 'case.commitment_overdue', { deadline: c.deadline, flaggedOn: t });
      }
    });
  }
  const visits = await ctx.db.query<{ regionCode: string; id: string; dueOn: string }>(
    `SELECT v.region_code AS "regionCode", v.id, v.due_on AS "dueOn" FROM follow_up_visits v WHERE v.visited_on IS NULL AND v.due_on < $1
       AND NOT EXISTS (SELECT 1 FROM events ev WHERE ev.region_code = v.region_code AND ev.aggregate_type = 'follow_up_visit'
         AND ev.aggregate_id = v.id::text AND ev.type = 'follow_up.overdue')`,
    [t],
  );
  for (const v of visits.rows) {
    await ctx.db.transaction(async (tx) => {
      await recordChange(tx, system(v.regionCode), meta, ctx.now().toISOString(), {
        aggregateType: 'follow_up_visit',
        aggregateId: v.id,
        type: 'follow_up.overdue',
        payload: { dueOn: v.dueOn, flaggedOn: t },
      });
    });
  }
  return { commitments: due.rows.length, followUps: visits.rows.length };
}

export type { CaseRow };
