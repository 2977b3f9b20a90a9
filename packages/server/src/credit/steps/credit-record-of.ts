/**
 * The credit record (失信信息) a stored penalty decision makes: its severity by the rules that are data
 * (`classifySeverity`, 信用修复管理办法 国家发展改革委令第36号: 失信信息按照失信严重程度实行分类管理) and its
 * publicity by the publicity calculator. A decision corrected to 不予行政处罚 makes none. A decision dated
 * before any configured regime (the calculator never guesses) is recorded as not publicised, saying why.
 */

import type { CreditRecordStatus, CreditSeverity } from '@rouxing/contracts';
import { classifySeverity, PublicityRuleMissing, publicity } from '@rouxing/domain';
import { newId } from '../../records/ids';
import type { PreparedDecision } from '../prepared-decision';

/** The publicity system whose periods apply (信用中国). */
export const PUBLICITY_SYSTEM = 'creditchina';

export interface CreditRecordValues {
  id: string;
  decisionId: string;
  entityId: string | null;
  personHash: string | null;
  severity: CreditSeverity;
  severityRule: string;
  severityBasis: string;
  status: CreditRecordStatus;
  minEnd: string | null;
  repairEligibleFrom: string | null;
  maxEnd: string | null;
  regime: string;
  endedOn: string | null;
}

/** Publicity per (date, severity): an import of a million decisions has a few thousand distinct pairs. */
const memo = new Map<
  string,
  Omit<CreditRecordValues, 'id' | 'decisionId' | 'entityId' | 'personHash' | 'severityRule' | 'severityBasis' | 'severity' | 'endedOn'>
>();

export function publicityOf(decidedOn: string, severity: CreditSeverity) {
  const key = `${decidedOn}|${severity}`;
  let p = memo.get(key);
  if (!p) {
    try {
      const r = publicity({ decidedOn, severity, system: PUBLICITY_SYSTEM });
      p = {
        status: r.publicized ? 'publicized' : 'not_publicized',
        minEnd: r.minEnd,
        repairEligibleFrom: r.repairEligibleFrom,
        maxEnd: r.maxEnd,
        regime: r.regime,
      };
    } catch (err) {
      if (!(err instanceof PublicityRuleMissing)) {
        throw err;
      }
      p = { status: 'not_publicized', minEnd: null, repairEligibleFrom: null, maxEnd: null, regime: err.message };
    }
    if (memo.size > 50_000) {
      memo.clear();
    }
    memo.set(key, p);
  }
  return p;
}

/** The record of a decision, or null when it imposes no penalty. `today` ends a publicity whose maximum has already run. */
export function creditRecordOf(r: PreparedDecision, today: string): CreditRecordValues | null {
  if (r.penalties.length === 0) {
    return null;
  }
  const s = classifySeverity({
    violationCode: r.violationCode,
    partyType: r.partyType,
    penalties: r.penalties,
    fineYuan: r.fineYuan,
    seriousListed: r.facts.seriousListed === true,
  });
  const p = publicityOf(r.decidedOn, s.severity);
  const expired = p.status === 'publicized' && p.maxEnd !== null && p.maxEnd < today;
  return {
    id: newId(),
    decisionId: r.id,
    entityId: r.entityId,
    personHash: r.personHash,
    severity: s.severity,
    severityRule: s.ruleId,
    severityBasis: s.basis,
    ...p,
    status: expired ? 'expired' : p.status,
    endedOn: expired ? p.maxEnd : null,
  };
}
