import { type Actor, applyCaseAction } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { crashPoint } from '../../crash-point';
import type { Queryable } from '../../db/database';
import { takeDocumentSerial } from '../../documents/issue-document';
import { refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { insertCase } from '../case.repository';
import { departmentDocPrefix, type PartyRef } from '../case-context.repository';
import { observationPeriodsOf } from '../observation-periods/observation-period.repository';
import { today } from '../today';

/** 案件编号: the department's prefix, 柔案, the year and the next serial of the year (gapless, like a 文号). */
async function newCaseNo(tx: Queryable, regionCode: string, departmentId: string, on: string): Promise<string> {
  const year = Number(on.slice(0, 4));
  const serial = await takeDocumentSerial(tx, regionCode, departmentId, 'case', year);
  return `${await departmentDocPrefix(tx, regionCode, departmentId)}柔案〔${year}〕${serial}号`;
}

/** The party a case opens against: a registry entity, or a natural person (自然人). */
export type OpeningParty = ({ kind: 'entity' } & PartyRef) | { kind: 'person'; id: string; idNumberMasked: string };

export interface CaseOpening {
  departmentId: string;
  party: OpeningParty;
  origin: 'ex_officio' | 'on_application';
  facts: string;
  legalBasis: string;
  violationItemId: string | null;
}

/** Starts a case (常政办发〔2025〕5号 第六项: 依职权 or 依申请) as the lifecycle allows: its row, number and first event. */
export async function openCase(tx: Queryable, ctx: AppContext, actor: Actor, meta: RequestMeta, o: CaseOpening): Promise<string> {
  const on = today(ctx);
  const caseId = newId();
  const entityId = o.party.kind === 'entity' ? o.party.id : null;
  const partyUscc = o.party.kind === 'entity' ? o.party.uscc : null;
  const periods = await observationPeriodsOf(tx, actor.regionCode, entityId);
  const r = applyCaseAction(null, 'start', actor, {
    on,
    caseId,
    origin: o.origin,
    regionCode: actor.regionCode,
    departmentId: o.departmentId,
    partyUscc,
    partyKind: o.party.kind,
    observationPeriods: periods.map(({ start, end }) => ({ start, end })),
  });
  if (!r.ok) {
    throw refused(r.code, r.problem, 'start');
  }
  const now = ctx.now().toISOString();
  const caseNo = await newCaseNo(tx, actor.regionCode, o.departmentId, on);
  await insertCase(tx, {
    regionCode: actor.regionCode,
    id: caseId,
    caseNo,
    departmentId: o.departmentId,
    partyKind: o.party.kind,
    entityId,
    personId: o.party.kind === 'person' ? o.party.id : null,
    partyUscc,
    origin: o.origin,
    state: r.to,
    facts: o.facts,
    legalBasis: o.legalBasis,
    violationItemId: o.violationItemId,
    snapshot: r.case,
    startedOn: on,
    createdBy: actor.userId,
    createdAt: now,
  });
  // The crash suite's fixed kill (never in production): the case row written, its event not — one transaction leaves neither.
  crashPoint(ctx.config, 'case.start.after-case-row');
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'case',
    aggregateId: caseId,
    type: 'case.start',
    fromState: null,
    toState: r.to,
    payload: {
      caseNo,
      origin: o.origin,
      partyKind: o.party.kind,
      ...(o.party.kind === 'entity'
        ? { entityId: o.party.id, partyUscc: o.party.uscc }
        : { personId: o.party.id, partyIdNumber: o.party.idNumberMasked }),
      facts: o.facts,
      legalBasis: o.legalBasis,
    },
  });
  return caseId;
}
