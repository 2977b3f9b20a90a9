/**
 * The public credit page and feed (no login; 常政办发〔2025〕5号 第十三项): entities' records in publicity and those
 * under objection (marked 异议处理中). Natural persons' records are never shown.
 */
import type { PublicCreditEntity, PublicCreditPage, PublicCreditQuery } from '@rouxing/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { entityNameByUscc, publicCreditRecords } from '../credit-record.repository';
import { publicRecordDto } from '../steps/credit-views';

export async function listPublicCredit(ctx: AppContext, q: PublicCreditQuery): Promise<PublicCreditPage> {
  const r = await publicCreditRecords(ctx.db, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: r.rows.map(publicRecordDto), total: r.total, page: q.page, pageSize: q.pageSize, generatedAt: ctx.now().toISOString() };
}

export async function publicCreditOf(ctx: AppContext, uscc: string): Promise<PublicCreditEntity> {
  const name = await entityNameByUscc(ctx.db, uscc);
  if (!name) {
    throw notFound('市场主体');
  }
  const r = await publicCreditRecords(ctx.db, { uscc, limit: 500, offset: 0 });
  return { entityName: name, uscc, records: r.rows.map(publicRecordDto), generatedAt: ctx.now().toISOString() };
}
