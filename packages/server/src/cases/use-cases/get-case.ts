import type { CaseDetail } from '@rouxing/contracts';
import { type Actor, archiveChecklistProblems, availableActions, observationPeriodOn } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { type CaseRow, caseEvents, noticeOffered } from '../case.repository';
import { caseDocuments } from '../case-document.repository';
import { caseMaterials } from '../case-material.repository';
import { caseMeasureExtras } from '../case-measure.repository';
import { measureViews, proposalView, toSummary } from '../case-views';
import { caseDeliveries, electronicConsentOf } from '../delivery.repository';
import { listFollowUpVisits } from '../follow-up.repository';
import { guidingCaseOf } from '../guiding-cases/guiding-case.repository';
import { observationPeriodsOf } from '../observation-periods/observation-period.repository';
import { isParty } from '../scope';
import { visibleCase } from '../steps/visible-case';
import { today } from '../today';

/** Everything the case's page shows, read in parallel. */
async function caseParts(db: Queryable, row: CaseRow, t: string) {
  const { regionCode, id } = row;
  const [documents, deliveries, materials, extras, followUps, events, periods, consent, offered, guidingCaseId] = await Promise.all([
    caseDocuments(db, regionCode, id),
    caseDeliveries(db, regionCode, id),
    caseMaterials(db, regionCode, id),
    caseMeasureExtras(db, regionCode, id),
    listFollowUpVisits(db, regionCode, t, { caseId: id }),
    caseEvents(db, regionCode, id),
    observationPeriodsOf(db, regionCode, row.entityId),
    electronicConsentOf(db, regionCode, row.entityId),
    row.snapshot.notice ? noticeOffered(db, regionCode, id) : '',
    row.state === 'archived' ? guidingCaseOf(db, regionCode, id) : null,
  ]);
  return { documents, deliveries, materials, extras, followUps, events, periods, consent, offered, guidingCaseId };
}

/**
 * The case in full as `actor` may see it: the party sees what was served on it and its own records, not
 * the officers' internal notes, the pending proposal or the event record. What archiving still lacks is
 * the domain's checklist (常政办发〔2025〕5号 第九项).
 */
export async function getCase(ctx: AppContext, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await visibleCase(ctx.db, actor, id);
  const t = today(ctx);
  const party = isParty(actor, row);
  const k = row.snapshot;
  const p = await caseParts(ctx.db, row, t);
  const archiveMissing =
    row.state === 'completed' || row.state === 'terminated'
      ? archiveChecklistProblems(
          k.measures,
          p.materials.map((m) => ({ item: m.item, measureId: m.measureId })),
          k,
        ).map((x) => x.message)
      : [];
  const period = observationPeriodOn(p.periods, t);
  const end = k.termination;
  return {
    ...toSummary(row, t),
    legalBasis: row.legalBasis,
    notice: k.notice ? { ...k.notice, offered: p.offered } : null,
    choice: k.choice ? { choice: k.choice.choice, on: k.choice.on, deemed: k.choice.deemed } : null,
    applicationWithdrawnOn: k.applicationWithdrawnOn,
    termination: end
      ? { ground: end.ground, reason: end.reason, on: end.on, handOverToGeneralProcedure: end.handOverToGeneralProcedure }
      : null,
    observationPeriod: period
      ? { start: period.start, end: period.end, reason: p.periods.find((x) => x.start === period.start)?.reason ?? '' }
      : null,
    measures: measureViews(k, p.extras, t),
    documents: p.documents,
    deliveries: p.deliveries.map(({ proofItem: _p, measureId: _m, ...d }) => d),
    materials: party ? p.materials.filter((m) => m.source !== 'upload') : p.materials,
    followUps: p.followUps,
    proposal: party ? null : proposalView(row.proposal),
    events: party ? [] : p.events,
    actions: actor.regionCode === row.regionCode ? availableActions({ ...k, observationPeriods: p.periods }, actor) : [],
    archiveMissing,
    electronicConsent: p.consent,
    guidingCaseId: p.guidingCaseId,
  };
}
