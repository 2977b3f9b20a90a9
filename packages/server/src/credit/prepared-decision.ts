/** An issued decision ready to store: its ids, its party as stored (ciphertext, look-up hash), its values and the re-check's finding. */
import type { IssuedDecisionSource, IssuedFacts, IssuedPartyType, PenaltyKind } from '@rouxing/contracts';
import type { CorrectionFinding } from '@rouxing/domain';

export interface PreparedDecision {
  /** The line of the import file (0 for a push or a correction). */
  rowNo: number;
  id: string;
  documentNo: string;
  partyType: IssuedPartyType;
  entityId: string | null;
  personName: string | null;
  personIdEnc: string | null;
  personHash: string | null;
  violationCode: string;
  facts: IssuedFacts;
  penalties: PenaltyKind[];
  fineYuan: number;
  decidedOn: string;
  fulfilledOn: string | null;
  correctsId: string | null;
  /** The re-check's finding, with the id of the correction item it makes. */
  correction: (CorrectionFinding & { id: string }) | null;
}

/** What every decision of one write shares. */
export interface DecisionBatchMeta {
  regionCode: string;
  departmentId: string;
  /** The department's name: the deciding body of the sanction record. */
  authority: string;
  source: IssuedDecisionSource;
  importJobId: string | null;
  /** Last working day for the correction items of this write. */
  dueOn: string;
  now: string;
}
