/**
 * An entity's place in the credit matrix (常政办发〔2025〕5号 第十三项: "依据市场主体不同领域特点和风险程度确定监管内容、
 * 方式和频次"): its grade, its risk level from the industry and its record (riskLevelOf), and the cell they pick
 * of the region's matrix (the default until the Judicial Bureau saves one).
 */
import {
  type CreditMatrix,
  type CreditMatrixCell,
  DEFAULT_CREDIT_MATRIX,
  industryRisk,
  matrixCell,
  type RiskLevel,
  riskLevelOf,
} from '@rouxing/domain';
import { seriousRecordsInPublicity } from '../../credit/credit-record.repository';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { riskRecord, storedMatrix } from '../credit-matrix.repository';

export async function regionMatrix(
  db: Queryable,
  regionCode: string,
): Promise<{ matrix: CreditMatrix; saved: boolean; updatedAt: string | null }> {
  const s = await storedMatrix(db, regionCode);
  return s ? { matrix: s.matrix, saved: true, updatedAt: s.updatedAt } : { matrix: DEFAULT_CREDIT_MATRIX, saved: false, updatedAt: null };
}

export interface EntityCell {
  entityName: string;
  grade: string | null;
  risk: RiskLevel;
  riskReasons: string[];
  cell: CreditMatrixCell;
  seriousRecords: { documentNo: string; department: string }[];
}

/** The day 12 months before `today` (YYYY-MM-DD). */
function yearBefore(today: string): string {
  const [y, m, d] = today.split('-');
  return `${Number(y) - 1}-${m}-${d}`;
}

export async function entityCell(db: Queryable, regionCode: string, entityId: string, today: string): Promise<EntityCell> {
  const rec = await riskRecord(db, regionCode, entityId, yearBefore(today));
  if (!rec) {
    throw notFound('市场主体');
  }
  const serious = await seriousRecordsInPublicity(db, regionCode, entityId);
  const { level, reasons } = riskLevelOf({
    industryRisk: industryRisk(rec.industryCode),
    seriousRecordsInPublicity: serious.length,
    penaltiesLast12Months: rec.penalties,
  });
  const { matrix } = await regionMatrix(db, regionCode);
  return {
    entityName: rec.name,
    grade: rec.grade,
    risk: level,
    riskReasons: reasons,
    cell: matrixCell(matrix, rec.grade, level),
    seriousRecords: serious.map((r) => ({ documentNo: r.documentNo, department: r.department })),
  };
}
