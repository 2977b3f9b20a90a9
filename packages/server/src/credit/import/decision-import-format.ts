/**
 * The exchange format of issued penalty decisions (.xlsx or UTF-8 .csv): one header row with these
 * Chinese column names, then one decision per row. The template and the import use this one definition.
 */
import {
  DECISION_IMPORT_COLUMNS,
  type DecisionColumn,
  IssuedDecisionInputSchema,
  type IssuedDecisionValues,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type PenaltyKind,
} from '@rouxing/contracts';

export { DECISION_IMPORT_COLUMNS };

const HEADER_OF = new Map(DECISION_IMPORT_COLUMNS.map((c) => [c.path, c.header]));
/** The column of a field path (`facts.harm` → 危害后果); the path itself when no column holds it. */
export const decisionHeaderOf = (path: string) => HEADER_OF.get(path) ?? path;

const PARTY: Record<string, string> = {
  法人: 'legal_person',
  单位: 'legal_person',
  其他组织: 'other_organization',
  自然人: 'natural_person',
  legal_person: 'legal_person',
  other_organization: 'other_organization',
  natural_person: 'natural_person',
};
const HARM: Record<string, string> = {
  无: 'none',
  轻微: 'minor',
  一般: 'ordinary',
  严重: 'serious',
  none: 'none',
  minor: 'minor',
  ordinary: 'ordinary',
  serious: 'serious',
};
const YES = new Set(['是', 'Y', 'y', 'true', 'TRUE', '1']);
const NO = new Set(['否', 'N', 'n', 'false', 'FALSE', '0']);
const PENALTY: Map<string, PenaltyKind> = new Map([
  ...PENALTY_KINDS.map((k) => [k, k] as const),
  ...PENALTY_KINDS.map((k) => [PENALTY_KIND_LABELS[k], k] as const),
]);
const SPLIT = /[、,，;；\s]+/;

export type Positions = Map<string, number>;

export function mapDecisionHeader(cells: readonly string[]): { positions: Positions; missing: string[] } {
  const positions: Positions = new Map();
  const normalized = cells.map((c) => c.replace(/^\uFEFF/, '').replace(/[\s*＊]/g, ''));
  for (const col of DECISION_IMPORT_COLUMNS) {
    const i = normalized.indexOf(col.header.replace(/\s/g, ''));
    if (i >= 0) {
      positions.set(col.path, i);
    }
  }
  const missing = DECISION_IMPORT_COLUMNS.filter((c) => c.required && !positions.has(c.path)).map((c) => c.header);
  return { positions, missing };
}

type Cell = string | number | boolean | null | string[] | undefined;

/** One cell as the schema's value, or a Chinese problem. */
function cellValue(col: DecisionColumn, raw: string): { value: Cell } | { problem: string } {
  switch (col.kind) {
    case 'bool':
      if (raw === '') {
        return { value: col.path === 'facts.firstOffense' ? null : undefined };
      }
      return YES.has(raw) ? { value: true } : NO.has(raw) ? { value: false } : { problem: '应填写“是”或“否”' };
    case 'list':
      return { value: raw === '' ? [] : raw.split(SPLIT).filter(Boolean) };
    case 'penalties': {
      const kinds = raw.split(SPLIT).filter(Boolean);
      const bad = kinds.find((k) => !PENALTY.has(k));
      return bad
        ? { problem: `处罚种类“${bad}”不正确（应为《行政处罚法》第九条所列种类）` }
        : { value: kinds.map((k) => PENALTY.get(k) as string) };
    }
    case 'money': {
      if (raw === '') {
        return { value: undefined };
      }
      const n = Number(raw.replace(/,/g, ''));
      return Number.isFinite(n) ? { value: n } : { problem: '金额应为数字（元）' };
    }
    case 'party':
      return raw in PARTY ? { value: PARTY[raw] } : { problem: '当事人类型应为法人、其他组织或自然人' };
    case 'harm':
      return raw in HARM ? { value: HARM[raw] } : { problem: '危害后果应为无、轻微、一般或严重' };
    case 'date':
      return { value: raw === '' ? (col.required ? raw : null) : raw };
    default:
      return { value: raw === '' ? (col.required ? raw : null) : raw };
  }
}

export type RowResult = { ok: true; values: IssuedDecisionValues } | { ok: false; problems: { field: string; message: string }[] };

/** A data row as validated decision values, or its problems by column. */
export function decisionOfRow(cells: readonly string[], positions: Positions): RowResult {
  const problems: { field: string; message: string }[] = [];
  const top: Record<string, Cell> = {};
  const facts: Record<string, Cell> = {};
  for (const col of DECISION_IMPORT_COLUMNS) {
    const i = positions.get(col.path);
    const raw = i === undefined ? '' : (cells[i] ?? '').trim();
    const v = cellValue(col, raw);
    if ('problem' in v) {
      problems.push({ field: col.header, message: v.problem });
      continue;
    }
    if (v.value === undefined) {
      continue;
    }
    if (col.path.startsWith('facts.')) {
      facts[col.path.slice(6)] = v.value;
    } else {
      top[col.path] = v.value;
    }
  }
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const parsed = IssuedDecisionInputSchema.safeParse({ ...top, facts });
  if (parsed.success) {
    return { ok: true, values: parsed.data };
  }
  return {
    ok: false,
    problems: parsed.error.issues.map((x) => ({ field: decisionHeaderOf(x.path.join('.')), message: x.message })),
  };
}
