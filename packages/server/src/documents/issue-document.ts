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
import { findDepartmentLetterhead } from '../departments/department.repository';
import { AppError, notFound } from '../errors';
import { newId } from '../records/ids';
import { findActiveTemplate, insertDocument, takeDocumentSerial } from './document.repository';
import { DEFAULT_TEMPLATES, defaultTemplateDocx, type PlaceholderData, type TemplateKind } from './gongwen';
import { renderDocx } from './render';

export { takeDocumentSerial } from './document.repository';

/** 二〇二六年十一月二十八日: the 成文日期 in Chinese numerals (GB/T 9704-2012 7.3.5.1). */
export function chineseDate(day: string): string {
  const digits = '〇一二三四五六七八九';
  const y = [...day.slice(0, 4)].map((c) => digits[Number(c)]).join('');
  return `${y}年${chineseNumber(Number(day.slice(5, 7)))}月${chineseNumber(Number(day.slice(8, 10)))}日`;
}

/**
 * The template a document is made from: the department's newest active uploaded version of the type
 * (reviewers upload and version their own), else the default that ships with the product.
 */
export async function templateFor(
  db: Queryable,
  ctx: AppContext,
  regionCode: string,
  departmentId: string,
  kind: TemplateKind,
): Promise<{ docx: Buffer; source: string }> {
  const own = await findActiveTemplate(db, regionCode, departmentId, kind);
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

/** “张伟，联系电话：0734-7221234” — or the name alone while the department has no phone set. */
export function contactLine(person: string, phone: string): string {
  return phone ? `${person}，联系电话：${phone}` : person;
}

export async function issueDocument(tx: Queryable, ctx: AppContext, actor: Actor, input: IssueInput, now: string): Promise<IssuedDocument> {
  const spec = DEFAULT_TEMPLATES[input.kind];
  if (!spec) {
    throw new AppError('VALIDATION', `没有“${input.kind}”类文书模板`, [{ path: 'kind', message: '文书类型不正确' }]);
  }
  const d = await findDepartmentLetterhead(tx, actor.regionCode, input.departmentId);
  if (!d) {
    throw notFound('部门');
  }
  // GB/T 9704-2012 7.2.4: the 文号 begins with the issuing authority's 机关代字; without one there is no number.
  const prefixProblem = documentNoPrefixProblem(d.docPrefix);
  if (prefixProblem) {
    throw new AppError('DOCUMENT.PREFIX_MISSING', `${d.name}的机关代字未设置或不正确：${prefixProblem}`, [
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
    // 联系人及电话: the person who issues it and the department's 联系电话 (issue 14 defect 12; 《行政处罚法》第四十四条
    // requires the party to be told how to be heard, which needs a number to call).
    contact: contactLine(input.data.contact, d.contactPhone),
    issuedOn: chineseDate(input.issuedOn),
  });
  const stored = await ctx.blobs.put(Readable.from([file]));
  const id = newId();
  const fileName = `${DOCUMENT_TYPES[input.kind].title}（${documentNo}）.docx`;
  await insertDocument(tx, {
    regionCode: actor.regionCode,
    id,
    departmentId: input.departmentId,
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    docType: input.kind,
    year,
    serial,
    documentNo,
    fileSha256: stored.sha256,
    fileName,
    templateSource: template.source,
    createdBy: { id: actor.userId, name: actor.displayName },
    createdAt: now,
  });
  return { id, documentNo, serial, year, fileSha256: stored.sha256, fileName };
}
