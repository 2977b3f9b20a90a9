/**
 * Severity of the 失信信息 a penalty decision produces (轻微/一般/严重, 信用修复管理办法 国家发展改革委令第36号:
 * "失信信息按照失信严重程度实行分类管理"). The classification is data: rules per catalogue item and penalty,
 * the most specific first, which the Judicial Bureau and the data bureau maintain. The defaults below are
 * the platform's reading, stated in docs/decisions and shown with every record:
 * - serious: the party is on a 严重失信主体名单 (listed under a law, administrative regulation or rule — the
 *   decision says so); a department may add item rules that make a penalty serious where its law does;
 * - minor: only 警告 / 通报批评, or a fine no larger than a 较低数额 (default: the amounts that may be decided
 *   on the spot, 行政处罚法 第五十一条 — 200 yuan for a natural person, 3,000 yuan for an organisation);
 * - general: every other penalty.
 */
import type { CreditSeverity, PenaltyKind } from '@rouxing/contracts';

/** What the classification reads of a decision. */
export interface ClassifiedDecision {
  violationCode: string | null;
  partyType: 'natural_person' | 'legal_person' | 'other_organization';
  penalties: readonly PenaltyKind[];
  /** Total fine in yuan (0 without a fine). */
  fineYuan: number;
  /** The decision lists the party on a 严重失信主体名单. */
  seriousListed: boolean;
}

/** One rule. A field left null (or an empty list) does not constrain. */
export interface CreditSeverityRule {
  id: string;
  /** The catalogue item it is for; null: every item. Item rules are tried before general ones. */
  violationCode: string | null;
  /** Matches when the decision has at least one of these kinds. */
  anyOf: readonly PenaltyKind[];
  /** Matches only when every kind of the decision is among these. */
  onlyOf: readonly PenaltyKind[];
  /** Matches only when the fine is at most this many yuan — per party type (a natural person, an organisation). */
  maxFineYuan: { natural_person: number; organization: number } | null;
  /** Matches only decisions that list the party on a 严重失信主体名单 (true) or that do not (false). */
  seriousListed: boolean | null;
  severity: CreditSeverity;
  /** Why: the provision or the local rule, shown with the record. */
  basis: string;
}

export const DEFAULT_SEVERITY_RULES: readonly CreditSeverityRule[] = [
  {
    id: 'serious-listed',
    violationCode: null,
    anyOf: [],
    onlyOf: [],
    maxFineYuan: null,
    seriousListed: true,
    severity: 'serious',
    basis: '当事人被依法列入严重失信主体名单（信用修复管理办法 国家发展改革委令第36号：严重失信信息）',
  },
  {
    id: 'warning-only',
    violationCode: null,
    anyOf: [],
    onlyOf: ['warning', 'circulated_criticism'],
    maxFineYuan: null,
    seriousListed: false,
    severity: 'minor',
    basis: '仅受到警告、通报批评（信用修复管理办法 国家发展改革委令第36号：轻微失信信息原则上不予公示）',
  },
  {
    id: 'small-fine',
    violationCode: null,
    anyOf: ['fine'],
    onlyOf: ['warning', 'circulated_criticism', 'fine'],
    maxFineYuan: { natural_person: 200, organization: 3000 },
    seriousListed: false,
    severity: 'minor',
    basis: '较低数额罚款：不超过《中华人民共和国行政处罚法》第五十一条当场处罚的数额（本平台默认，可配置）',
  },
  {
    id: 'general',
    violationCode: null,
    anyOf: [],
    onlyOf: [],
    maxFineYuan: null,
    seriousListed: false,
    severity: 'general',
    basis: '其他行政处罚信息（信用修复管理办法 国家发展改革委令第36号：一般失信信息）',
  },
];

function matches(rule: CreditSeverityRule, d: ClassifiedDecision): boolean {
  if (rule.violationCode !== null && rule.violationCode !== d.violationCode) {
    return false;
  }
  if (rule.seriousListed !== null && rule.seriousListed !== d.seriousListed) {
    return false;
  }
  if (rule.anyOf.length > 0 && !d.penalties.some((k) => rule.anyOf.includes(k))) {
    return false;
  }
  if (rule.onlyOf.length > 0 && !d.penalties.every((k) => rule.onlyOf.includes(k))) {
    return false;
  }
  if (rule.maxFineYuan) {
    const cap = d.partyType === 'natural_person' ? rule.maxFineYuan.natural_person : rule.maxFineYuan.organization;
    if (d.fineYuan > cap) {
      return false;
    }
  }
  return true;
}

/** Thrown when no rule matches: the rules must end with a catch-all, and the operator is told so. */
export class SeverityRuleMissing extends Error {
  constructor() {
    super('失信信息分类规则不完整：没有规则适用于该决定，请补充兜底规则');
    this.name = 'SeverityRuleMissing';
  }
}

/** The severity of the decision's 失信信息 and the rule that gave it; item rules first, then general ones, each in list order. */
export function classifySeverity(
  d: ClassifiedDecision,
  rules: readonly CreditSeverityRule[] = DEFAULT_SEVERITY_RULES,
): { severity: CreditSeverity; ruleId: string; basis: string } {
  const ordered = [...rules.filter((r) => r.violationCode !== null), ...rules.filter((r) => r.violationCode === null)];
  const rule = ordered.find((r) => matches(r, d));
  if (!rule) {
    throw new SeverityRuleMissing();
  }
  return { severity: rule.severity, ruleId: rule.id, basis: rule.basis };
}
