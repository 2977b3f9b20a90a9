/**
 * 联合惩戒 (常政办发〔2025〕5号 第十二项、第十三项): a procedure that a serious record in publicity stops is refused,
 * naming the record (`CREDIT.SERIOUS_RECORD`).
 */
import { type DisciplinedProcedure, disciplineRefusal } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { refused } from '../../errors';
import { seriousRecordsInPublicity } from '../credit-record.repository';

export async function refuseIfDisciplined(
  tx: Queryable,
  regionCode: string,
  entityId: string,
  procedure: DisciplinedProcedure,
): Promise<void> {
  const serious = await seriousRecordsInPublicity(tx, regionCode, entityId);
  const refusal = disciplineRefusal(
    serious.map((r) => ({ documentNo: r.documentNo, authority: r.department, severity: r.severity, status: r.status })),
    procedure,
  );
  if (refusal) {
    throw refused('CREDIT.SERIOUS_RECORD', refusal, 'entityId');
  }
}
