/**
 * Synthetic issued penalty decisions for tests and benchmarks: N decisions of one department against
 * the given entities under one catalogue item with a known benchmark, of which a chosen number are bad —
 * half that the rules say must not be penalised (违法行为轻微、及时改正、没有造成危害后果, 行政处罚法 第三十三条第一款,
 * yet fined) and half fined above the benchmark's ordinary tier (小案重罚) — at reproducible places.
 */
import { DECISION_IMPORT_COLUMNS, type IssuedDecisionInput } from '@rouxing/contracts';
import { addDays } from '../dates/calendar';
import { mulberry32 } from './random';

export interface DecisionGeneratorOptions {
  count: number;
  bad: number;
  usccs: readonly string[];
  seed?: number;
  /** The catalogue item and the ordinary tier of its benchmark (yuan) and the statutory maximum. */
  violationCode: string;
  ordinary: { min: number; max: number };
  statutoryMax: number;
  /** 文号 prefix, e.g. 常市监罚〔2026〕. */
  documentPrefix: string;
  /** Decisions fall between these days (inclusive), all within the benchmark's validity. */
  from: string;
  days: number;
}

export interface GeneratedDecisions {
  decisions: IssuedDecisionInput[];
  /** 文号 of the bad ones and why each is bad. */
  bad: Map<string, 'should_not_penalize' | 'outside_benchmark'>;
}

export function generateIssuedDecisions(o: DecisionGeneratorOptions): GeneratedDecisions {
  const rnd = mulberry32(o.seed ?? 7);
  const badAt = new Set<number>();
  const step = o.count / Math.max(1, o.bad);
  for (let i = 0; i < o.bad; i++) {
    badAt.add(Math.min(o.count - 1, Math.floor(i * step + rnd() * step)));
  }
  const bad = new Map<string, 'should_not_penalize' | 'outside_benchmark'>();
  const decisions: IssuedDecisionInput[] = [];
  let nth = 0;
  for (let i = 0; i < o.count; i++) {
    const decidedOn = addDays(o.from, Math.floor(rnd() * o.days));
    const occurredOn = addDays(decidedOn, -(20 + Math.floor(rnd() * 60)));
    const discoveredOn = addDays(occurredOn, 5 + Math.floor(rnd() * 10));
    const documentNo = `${o.documentPrefix}${i + 1}号`;
    const isBad = badAt.has(i);
    const kind = isBad ? (nth++ % 2 === 0 ? 'should_not_penalize' : 'outside_benchmark') : null;
    // Whole hundreds inside the ordinary tier; a bad one of the second kind just above it.
    const span = Math.floor((o.ordinary.max - o.ordinary.min) / 100);
    const inTier = o.ordinary.min + 100 * Math.floor(rnd() * (span + 1));
    const fine = kind === 'outside_benchmark' ? Math.min(o.statutoryMax, o.ordinary.max + 100 + 100 * Math.floor(rnd() * 3)) : inTier;
    const minor = kind === 'should_not_penalize';
    decisions.push({
      documentNo,
      partyType: 'legal_person',
      uscc: o.usccs[Math.floor(rnd() * o.usccs.length)] as string,
      violationCode: o.violationCode,
      facts: {
        occurredOn,
        discoveredOn,
        harm: minor ? 'none' : 'ordinary',
        minorViolation: minor,
        correctedInTime: minor,
        firstOffense: false,
      },
      penalties: ['fine'],
      fineYuan: fine,
      decidedOn,
      fulfilledOn: rnd() < 0.8 ? addDays(decidedOn, 10) : null,
    });
    if (kind) {
      bad.set(documentNo, kind);
    }
  }
  return { decisions, bad };
}

const YES_NO = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? '是' : '否');
const HARM_LABEL: Record<string, string> = { none: '无', minor: '轻微', ordinary: '一般', serious: '严重' };
const PENALTY_LABEL: Record<string, string> = { warning: '警告', fine: '罚款' };

/** One decision as the cells of an import row, in DECISION_IMPORT_COLUMNS order. */
export function issuedDecisionCells(d: IssuedDecisionInput): string[] {
  const f = d.facts as Record<string, unknown>;
  return DECISION_IMPORT_COLUMNS.map((c) => {
    if (c.path.startsWith('facts.')) {
      const v = f[c.path.slice(6)];
      if (c.kind === 'bool') {
        return YES_NO(v as boolean | null | undefined);
      }
      if (c.kind === 'harm') {
        return HARM_LABEL[v as string] ?? '';
      }
      if (c.kind === 'list') {
        return ((v as string[] | undefined) ?? []).join('、');
      }
      return (v as string | null | undefined) ?? '';
    }
    const v = (d as Record<string, unknown>)[c.path];
    if (c.kind === 'penalties') {
      return (v as string[]).map((k) => PENALTY_LABEL[k] ?? k).join('、');
    }
    if (c.kind === 'party') {
      return v === 'natural_person' ? '自然人' : v === 'other_organization' ? '其他组织' : '法人';
    }
    return v === null || v === undefined ? '' : String(v);
  });
}
