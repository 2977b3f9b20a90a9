import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE, PLAIN, request } from '../../test/decision-fixtures';
import { decide } from '../decision';
import { correctionOf, proposedPenaltyOf } from './correction';
import { DEFAULT_CREDIT_MATRIX, industryRisk, matrixCell, matrixProblems, riskLevelOf } from './matrix';
import { disciplineRefusal, type RepairableRecord, repairRefusal } from './repair';
import { drawOnSite, falseCommitments } from './self-inspection';
import { type ClassifiedDecision, type CreditSeverityRule, classifySeverity, SeverityRuleMissing } from './severity';

const decision = (over: Partial<ClassifiedDecision>): ClassifiedDecision => ({
  violationCode: 'SC-FOOD-017',
  partyType: 'legal_person',
  penalties: ['fine'],
  fineYuan: 5000,
  seriousListed: false,
  ...over,
});

describe('[CREDIT][SEVERITY] 失信信息 by the rules that are data', () => {
  it.each([
    [{ penalties: ['warning'] as const, fineYuan: 0 }, 'minor', 'warning-only'],
    [{ penalties: ['circulated_criticism'] as const, fineYuan: 0 }, 'minor', 'warning-only'],
    [{ penalties: ['fine'] as const, fineYuan: 3000 }, 'minor', 'small-fine'],
    [{ penalties: ['warning', 'fine'] as const, fineYuan: 3000 }, 'minor', 'small-fine'],
    [{ penalties: ['fine'] as const, fineYuan: 3001 }, 'general', 'general'],
    [{ penalties: ['fine'] as const, fineYuan: 201, partyType: 'natural_person' as const }, 'general', 'general'],
    [{ penalties: ['fine'] as const, fineYuan: 200, partyType: 'natural_person' as const }, 'minor', 'small-fine'],
    [{ penalties: ['fine', 'confiscation_of_illegal_gains'] as const, fineYuan: 1000 }, 'general', 'general'],
    [{ penalties: ['licence_revocation'] as const, fineYuan: 0 }, 'general', 'general'],
    [{ penalties: ['warning'] as const, fineYuan: 0, seriousListed: true }, 'serious', 'serious-listed'],
  ])('%j → %s (%s)', (over, severity, ruleId) => {
    expect(classifySeverity(decision(over as Partial<ClassifiedDecision>))).toMatchObject({ severity, ruleId });
  });

  it('tries item rules before general ones, and refuses when no rule applies', () => {
    const itemRule: CreditSeverityRule = {
      id: 'food-revocation',
      violationCode: 'SC-FOOD-017',
      anyOf: ['licence_revocation'],
      onlyOf: [],
      maxFineYuan: null,
      seriousListed: null,
      severity: 'serious',
      basis: '食品安全法：吊销许可证',
    };
    const rules = [itemRule];
    expect(classifySeverity(decision({ penalties: ['licence_revocation'], fineYuan: 0 }), rules)).toMatchObject({
      severity: 'serious',
    });
    expect(() => classifySeverity(decision({ violationCode: 'OTHER', penalties: ['licence_revocation'] }), rules)).toThrow(
      SeverityRuleMissing,
    );
  });
});

describe('[CREDIT][RECHECK] correction items from the engine (常政办发〔2025〕5号 第十五项 纠正"小案重罚""过罚不当")', () => {
  it('a fine where the rules say no penalty is a correction item that must not have been penalised', () => {
    const answer = decide(request(CONTRACT_EXAMPLE, { proposedPenalty: proposedPenaltyOf(['fine'], 8000) }));
    expect(answer.outcome).toBe('no_penalty');
    const item = correctionOf(answer);
    expect(item?.reason).toBe('should_not_penalize');
    expect(item?.basis).toContainEqual({ source: 'law', law: '中华人民共和国行政处罚法', article: 33, paragraph: 1 });
  });

  it('a fine above the benchmark range for the facts is outside the benchmark; one within it is no item', () => {
    const high = decide(request(PLAIN, { proposedPenalty: proposedPenaltyOf(['fine'], 9500) }));
    expect(correctionOf(high)).toMatchObject({ reason: 'outside_benchmark', fineRange: high.fineRange });
    const fair = decide(request(PLAIN, { proposedPenalty: proposedPenaltyOf(['fine'], 5000) }));
    expect(correctionOf(fair)).toBeNull();
  });

  it('a warning alone is proposed as a warning; confiscation as confiscation', () => {
    expect(proposedPenaltyOf(['warning'], 0)).toEqual({ type: 'warning' });
    expect(proposedPenaltyOf(['confiscation_of_illegal_gains'], 0)).toEqual({ type: 'confiscation' });
    expect(proposedPenaltyOf(['licence_revocation'], 0)).toEqual({ type: 'other' });
    expect(proposedPenaltyOf(['warning', 'fine'], 300)).toEqual({ type: 'fine', amount: 300 });
  });
});

const record = (over: Partial<RepairableRecord>): RepairableRecord => ({
  documentNo: '常市监罚〔2026〕12号',
  severity: 'general',
  status: 'publicized',
  repairEligibleFrom: '2026-09-01',
  obligationsFulfilledOn: '2026-06-15',
  ...over,
});

describe('[CREDIT][REPAIR] the conditions of 国家发展改革委令第36号', () => {
  it('refuses the day before the minimum period ends, naming the date it becomes possible', () => {
    const r = repairRefusal(record({}), '2026-08-31', true);
    expect(r).toMatchObject({ code: 'CREDIT.REPAIR_TOO_EARLY', possibleFrom: '2026-09-01' });
    expect(r?.message).toContain('2026年9月1日');
    expect(repairRefusal(record({}), '2026-09-01', true)).toBeNull();
  });

  it('needs the obligations fulfilled and the commitment signed; a record not in publicity needs no repair', () => {
    expect(repairRefusal(record({ obligationsFulfilledOn: null }), '2026-09-01', true)?.code).toBe('CREDIT.OBLIGATIONS_UNFULFILLED');
    expect(repairRefusal(record({}), '2026-09-01', false)?.code).toBe('CREDIT.COMMITMENT_REQUIRED');
    expect(repairRefusal(record({ status: 'repaired' }), '2026-09-01', true)?.code).toBe('CREDIT.NOT_IN_PUBLICITY');
  });

  it('a published minor record may be repaired as soon as the obligations are fulfilled', () => {
    expect(repairRefusal(record({ severity: 'minor', repairEligibleFrom: '2026-12-01' }), '2026-07-01', true)).toBeNull();
  });

  it('a serious record in publicity blocks whitelisting, observation periods and self-inspection, naming the record', () => {
    const records = [
      { documentNo: '常市监罚〔2026〕3号', authority: '常宁市市场监督管理局', severity: 'general' as const, status: 'publicized' as const },
      { documentNo: '常交罚〔2026〕9号', authority: '常宁市交通运输局', severity: 'serious' as const, status: 'publicized' as const },
    ];
    expect(disciplineRefusal(records, 'whitelist')).toContain('常交罚〔2026〕9号');
    expect(disciplineRefusal(records, 'self_inspection')).toContain('承诺式检查');
    expect(disciplineRefusal([{ ...records[1], status: 'repaired' as const }], 'whitelist')).toBeNull();
  });
});

describe('[CREDIT][MATRIX] grade × risk', () => {
  it('the default matrix is complete and sound', () => {
    expect(matrixProblems(DEFAULT_CREDIT_MATRIX)).toEqual([]);
  });
  it('names every missing cell and bad value', () => {
    const broken = {
      ...DEFAULT_CREDIT_MATRIX,
      cells: DEFAULT_CREDIT_MATRIX.cells.slice(1).map((c, i) => (i === 0 ? { ...c, samplingRatio: 1.5 } : c)),
    };
    expect(matrixProblems(broken).map((p) => p.path)).toEqual(['cells.A.low', 'cells.0.samplingRatio']);
  });
  it('an ungraded entity counts as the configured grade; A and low risk may self-inspect, D high is drawn in full', () => {
    expect(matrixCell(DEFAULT_CREDIT_MATRIX, null, 'low')).toMatchObject({ grade: 'B', selfInspection: true });
    expect(matrixCell(DEFAULT_CREDIT_MATRIX, 'A', 'low').selfInspection).toBe(true);
    expect(matrixCell(DEFAULT_CREDIT_MATRIX, 'D', 'high')).toMatchObject({ samplingRatio: 1, selfInspection: false });
  });
  it('risk: the industry, raised by a serious record or repeated penalties', () => {
    expect(industryRisk('H6210')).toBe('high');
    expect(industryRisk('I6510')).toBe('low');
    expect(industryRisk('C3311')).toBe('medium');
    expect(riskLevelOf({ industryRisk: 'low', seriousRecordsInPublicity: 0, penaltiesLast12Months: 0 }).level).toBe('low');
    expect(riskLevelOf({ industryRisk: 'low', seriousRecordsInPublicity: 0, penaltiesLast12Months: 2 }).level).toBe('medium');
    expect(riskLevelOf({ industryRisk: 'medium', seriousRecordsInPublicity: 0, penaltiesLast12Months: 3 }).level).toBe('high');
    const r = riskLevelOf({ industryRisk: 'low', seriousRecordsInPublicity: 1, penaltiesLast12Months: 0 });
    expect(r).toEqual({ level: 'high', reasons: ['行业基础风险：低', '有公示中的严重失信信息'] });
  });
});

describe('[CREDIT][SELF] 承诺式检查: the on-site share', () => {
  const ids = Array.from({ length: 40 }, (_, i) => `e${String(i).padStart(3, '0')}`);
  it('draws ⌈share × n⌉, the same for the same seed whatever the order of ids, another for another seed', () => {
    const a = drawOnSite(ids, 0.1, 42);
    expect(a).toHaveLength(4);
    expect(drawOnSite([...ids].reverse(), 0.1, 42)).toEqual(a);
    expect(drawOnSite(ids, 0.1, 43)).not.toEqual(a);
    expect(drawOnSite(ids.slice(0, 3), 0.1, 42)).toHaveLength(1);
    expect(drawOnSite(ids, 0, 42)).toEqual([]);
    expect(drawOnSite(ids, 1, 42)).toEqual(ids);
  });
  it('each id is drawn about equally often over many seeds', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      for (const id of drawOnSite(ids.slice(0, 10), 0.2, seed)) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // 4,000 draws × 2 of 10: 800 each expected; binomial sd ≈ 25.
    for (const n of counts.values()) {
      expect(Math.abs(n - 800)).toBeLessThan(130);
    }
  });
  it('an answer committed as compliant and found not compliant is false', () => {
    expect(
      falseCommitments([
        { itemId: 'a', answered: true, found: true },
        { itemId: 'b', answered: true, found: false },
        { itemId: 'c', answered: false, found: false },
        { itemId: 'd', answered: false, found: true },
      ]),
    ).toEqual(['b']);
  });
});
