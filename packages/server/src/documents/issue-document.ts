/**
 * Issuing a document (制发文书): take the next 文号 of the department, document type and year, fill the
 * template, store the file by its hash, and record it — all in the caller's transaction, so that a
 * failure anywhere gives the number back and nothing is half-written.
 */
import { Readable } from 'node:stream';
import { chineseNumber } from '@rouxing/contracts';
import { type Actor, DOCUMENT_TYPES, documentNoPrefixProblem, formatDocumentNo } from '@rouxing/domain';
import type { AppContext } from '../context';
import type { Queryable } from '../db/database';
import { AppError } from '../errors';
import { newId } from '../records/ids';
import { DEFAULT_TEMPLATES, defaultTemplateDocx, type PlaceholderData, type TemplateKind } from './gongwen';
import { renderDocx } from './render';

/**
 * The next serial of (department, type, year). The row lock taken by the UPSERT is held until the
 * transaction ends: concurrent issuers queue, and a rollback returns the number.
 */
export async function takeDocumentSerial(
  tx: Queryable,
  regionCode: string,
  departmentId: string,
  docType: string,
  year: number,
): Promise<number> {
  const r = await tx.query<{ lastNo: number }>(
    `INSERT INTO document_counters (region_code, department_id, doc_type, year, last_no) VALUES ($1, $2, $3, $4, 1)
     ON CONFLICT (region_code, department_id, doc_type, year) DO UPDATE SET last_no = document_counters.last_no + 1
     RETURNING last_no AS "lastNo"`,
    [regionCode, departmentId, docType, year],
  );
  return r.rows[0]?.lastNo as number;
}

/** 二〇二六年十一月二十八日: the 成文日期 in Chinese numerals (GB/T 9704-2012 7.3.5.1). */
export function chineseDate(day: string): string {
  const digits = '〇一二三四五六七八九';
  const y = [...day.slice(0, 4)].map((c) => digits[Number(c)]).join('');
  return `${y}年${chineseNumber(Number(day.slice(5, 7)))}月${chineseNumber(Number(day.slice(8, 10)))}日`;
}

/**
 * The template a document is made from: the department's newest active uploaded version of the type
 * (SPEC §10: reviewers upload and version their own), else the default that ships with the product.
 */
export async function templateFor(
  db: Queryable,
  ctx: AppContext,
  regionCode: string,
  departmentId: string,
  kind: TemplateKind,
): Promise<{ docx: Buffer; source: string }> {
  const r = await db.query<{ id: string; fileSha256: string }>(
    `SELECT id, file_sha256 AS "fileSha256" FROM document_templates
     WHERE region_code = $1 AND department_id = $2 AND doc_type = $3 AND active ORDER BY version DESC LIMIT 1`,
    [regionCode, departmentId, kind],
  );
  const own = r.rows[0];
  if (own) {
    return { docx: await ctx.blobs.read(own.fileSha256), source: own.id };
  }
  return { docx: await defaultTemplateDocx(kind), source: 'default' };
}

export interface IssueInput {
  departmentId: string;
  aggregateType: string;
  aggregateId: string;
  kind: TemplateKind;
  /** The 成文日期 (Asia/Shanghai), which also fixes the year of the number. */
  issuedOn: string;
  data: Omit<PlaceholderData, 'documentNo' | 'authority' | 'issuedOn'>;
}

export interface IssuedDocument {
  id: string;
  documentNo: string;
  serial: number;
  year: number;
  fileSha256: string;
  fileName: string;
}

export async function issueDocument(tx: Queryable, ctx: AppContext, actor: Actor, input: IssueInput, now: string): Promise<IssuedDocument> {
  const spec = DEFAULT_TEMPLATES[input.kind];
  if (!spec) {
    throw new AppError('VALIDATION', `没有“${input.kind}”类文书模板`, [{ path: 'kind', message: '文书类型不正确' }]);
  }
  const dept = await tx.query<{ name: string; docPrefix: string }>(
    'SELECT name, doc_prefix AS "docPrefix" FROM departments WHERE region_code = $1 AND id = $2',
    [actor.regionCode, input.departmentId],
  );
  const d = dept.rows[0];
  if (!d) {
    throw new AppError('NOT_FOUND', '部门不存在或无权访问');
  }
  const prefixProblem = documentNoPrefixProblem(d.docPrefix);
  if (prefixProblem) {
    throw new AppError('VALIDATION', `${d.name}的机关代字未设置或不正确：${prefixProblem}`, [
      { path: 'departmentId', message: prefixProblem },
    ]);
  }
  const year = Number(input.issuedOn.slice(0, 4));
  const serial = await takeDocumentSerial(tx, actor.regionCode, input.departmentId, input.kind, year);
  const documentNo = formatDocumentNo({ prefix: d.docPrefix, type: input.kind, year, serial });
  const template = await templateFor(tx, ctx, actor.regionCode, input.departmentId, input.kind);
  const file = renderDocx(template.docx, {
    ...input.data,
    documentNo,
    authority: d.name,
    issuedOn: chineseDate(input.issuedOn),
  });
  const stored = await ctx.blobs.put(Readable.from([file]));
  const id = newId();
  const fileName = `${DOCUMENT_TYPES[input.kind].title}（${documentNo}）.docx`;
  await tx.query(
    `INSERT INTO documents (region_code, id, department_id, aggregate_type, aggregate_id, doc_type, year, serial, document_no, file_sha256,
       file_name, template_source, created_by, created_by_name, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$15,$12,$13,$14)`,
    [
      actor.regionCode,
      id,
      input.departmentId,
      input.aggregateType,
      input.aggregateId,
      input.kind,
      year,
      serial,
      documentNo,
      stored.sha256,
      fileName,
      actor.userId,
      actor.displayName,
      now,
      template.source,
    ],
  );
  return { id, documentNo, serial, year, fileSha256: stored.sha256, fileName };
}
