/** The API views of issued decisions and correction items. */
import type { CorrectionItem, IssuedDecision } from '@rouxing/contracts';
import { maskIdNo } from '@rouxing/domain';
import type { FieldCrypto } from '../crypto/field-crypto';
import type { CorrectionItemRow } from './correction-item.repository';
import type { IssuedDecisionRow } from './issued-decision.repository';

export function issuedDecisionDto(r: IssuedDecisionRow, crypto: FieldCrypto): IssuedDecision {
  return {
    id: r.id,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    documentNo: r.documentNo,
    partyType: r.partyType,
    partyName: r.entityName ?? r.personName ?? '',
    uscc: r.uscc,
    idNumberMasked: r.personIdEnc ? maskIdNo(crypto.decrypt(r.personIdEnc)) : null,
    violationCode: r.violationCode,
    violationName: r.violationName,
    penalties: r.penalties as IssuedDecision['penalties'],
    fineYuan: r.fineYuan,
    decidedOn: r.decidedOn,
    fulfilledOn: r.fulfilledOn,
    source: r.source,
    correctsId: r.correctsId,
    createdAt: r.createdAt,
    correction:
      r.correctionId && r.correctionReason && r.correctionStatus
        ? { id: r.correctionId, reason: r.correctionReason as 'should_not_penalize', status: r.correctionStatus as 'open' }
        : null,
  };
}

export function correctionItemDto(r: CorrectionItemRow, today: string): CorrectionItem {
  const { overdueOn, ...rest } = r;
  return {
    ...rest,
    penalties: r.penalties as CorrectionItem['penalties'],
    basis: r.basis as CorrectionItem['basis'],
    overdue: r.status === 'open' && (overdueOn !== null || r.dueOn < today),
  };
}
