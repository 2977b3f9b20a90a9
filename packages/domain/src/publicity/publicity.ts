/**
 * Publicity periods of credit records (失信信息公示期). The regimes are data: a table keyed by the
 * publicity system and the period of decision dates it governs, which the operator can extend. The
 * calculator never guesses: a date, system or severity without a configured rule is an error.
 */
import type { PublicityRequest, PublicityResponse } from '@rouxing/contracts';
import { addDays, addMonths } from '../dates/calendar';

/** Minimum and maximum publicity in months, or `null` for "not publicised". */
export type SeverityRule = { minMonths: number; maxMonths: number } | null;

export interface PublicityRegime {
  system: string;
  /** First decision date the regime governs (inclusive). */
  from: string;
  /** Last decision date it governs (inclusive); null = open. */
  to: string | null;
  name: string;
  /** A severity missing from this map has no rule under the regime. */
  rules: Partial<Record<'minor' | 'general' | 'serious', SeverityRule>>;
}

export const DEFAULT_PUBLICITY_REGIMES: readonly PublicityRegime[] = [
  {
    // 信用修复管理办法（国家发展改革委令第36号，2026年4月1日起施行）：轻微失信信息原则上不予公示；
    // 一般失信信息最短公示期3个月、最长1年；严重失信信息最短1年、最长3年；自认定之日起计算。
    system: 'creditchina',
    from: '2026-04-01',
    to: null,
    name: '信用修复管理办法（国家发展改革委令第36号）',
    rules: { minor: null, general: { minMonths: 3, maxMonths: 12 }, serious: { minMonths: 12, maxMonths: 36 } },
  },
  {
    // 市场监督管理信用修复管理办法（国家市场监督管理总局令第45号）：行政处罚信息公示满3个月可申请修复，最长公示3年。
    system: 'samr',
    from: '2021-09-01',
    to: null,
    name: '市场监督管理信用修复管理办法（国家市场监督管理总局令第45号）',
    rules: { general: { minMonths: 3, maxMonths: 36 }, serious: { minMonths: 3, maxMonths: 36 } },
  },
];

export class PublicityRuleMissing extends Error {
  constructor(
    readonly path: 'decidedOn' | 'system' | 'severity',
    message: string,
  ) {
    super(message);
  }
}

/** The publicity of a decision under the regime in force on its date (counted per 民法典 第二百零一、二百零二条). */
export function publicity(req: PublicityRequest, regimes: readonly PublicityRegime[] = DEFAULT_PUBLICITY_REGIMES): PublicityResponse {
  const ofSystem = regimes.filter((r) => r.system === req.system);
  if (ofSystem.length === 0) {
    throw new PublicityRuleMissing('system', `未配置公示系统“${req.system}”的公示规则`);
  }
  const regime = ofSystem.find((r) => r.from <= req.decidedOn && (r.to === null || req.decidedOn <= r.to));
  if (!regime) {
    throw new PublicityRuleMissing('decidedOn', `${req.decidedOn} 作出的决定没有已配置的公示规则（系统“${req.system}”）`);
  }
  if (!(req.severity in regime.rules)) {
    throw new PublicityRuleMissing('severity', `${regime.name}未规定“${req.severity}”类失信信息的公示期`);
  }
  const rule = regime.rules[req.severity] ?? null;
  if (rule === null) {
    return { publicized: false, minEnd: null, repairEligibleFrom: null, maxEnd: null, regime: regime.name };
  }
  const minEnd = addMonths(req.decidedOn, rule.minMonths);
  return {
    publicized: true,
    minEnd,
    repairEligibleFrom: addDays(minEnd, 1),
    maxEnd: addMonths(req.decidedOn, rule.maxMonths),
    regime: regime.name,
  };
}
