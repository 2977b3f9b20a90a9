/** The case as the contracts show it (`case-views.ts`), built from its row, snapshot and parts. */
import type { CaseSummary, MeasureView, ProposalView } from '@rouxing/contracts';
import { type CaseSnapshot, caseCommitmentOverdue } from '@rouxing/domain';
import type { CaseRow, StoredProposal } from './case.repository';
import type { MeasureExtra } from './case-measure.repository';

export function toSummary(row: CaseRow, today: string): CaseSummary {
  return {
    id: row.id,
    caseNo: row.caseNo,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    partyKind: row.partyKind,
    entityId: row.entityId,
    entityName: row.entityName,
    partyUscc: row.partyUscc,
    personId: row.personId,
    partyIdNumber: row.partyIdNumber,
    origin: row.origin,
    state: row.state,
    facts: row.facts,
    startedOn: row.startedOn,
    commitmentDeadline: row.commitmentDeadline,
    commitmentOverdue: caseCommitmentOverdue(row.snapshot, today),
    closedOn: row.closedOn,
    archivedOn: row.archivedOn,
  };
}

/** What `case_measures.details` holds beside the snapshot. */
interface MeasureDetails {
  interview?: MeasureView['interview'];
  decision?: Record<string, unknown> | null;
  recordedByName?: string;
  approvedByName?: string | null;
}

/** The measures of the snapshot with their text, document, signature and details; commitments overdue as of `today`. */
export function measureViews(k: CaseSnapshot, extras: Map<string, MeasureExtra>, today: string): MeasureView[] {
  return k.measures.map((m) => {
    const x = extras.get(m.id);
    const details = (x?.details ?? {}) as MeasureDetails;
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
            overdue: m.commitment.fulfilledOn === null && today > m.commitment.deadline,
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
}

export function proposalView(p: StoredProposal | null): ProposalView | null {
  return p
    ? {
        kind: p.kind,
        proposedBy: p.proposedBy,
        proposedByName: p.proposedByName,
        proposedAt: p.proposedAt,
        summary: p.summary,
        input: p.input,
      }
    : null;
}
