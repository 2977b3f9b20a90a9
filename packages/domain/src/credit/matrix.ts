/**
 * Credit-based supervision (信用监管, 常政办发〔2025〕5号 第十三项: "依据市场主体不同领域特点和风险程度确定监管内容、
 * 方式和频次"): an entity's credit grade and risk level pick a cell of a matrix that the Judicial Bureau
 * maintains as data — the share of the pool a 双随机 draw takes, the most routine inspections a year, and
 * whether a self-inspection (承诺式检查) may replace a visit. Pure: grades, risk inputs and the matrix are
 * passed in.
 */
import type { RISK_LEVELS } from '@rouxing/contracts';

export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface CreditMatrixCell {
  grade: string;
  risk: RiskLevel;
  /** Share of the stratum a random draw takes, 0…1 (lower for good credit, higher for bad). */
  samplingRatio: number;
  /** Routine (non-triggered) inspections a year at most; null: no cap from the matrix. */
  maxRoutinePerYear: number | null;
  /** A department may send a self-inspection form instead of a visit (承诺式检查). */
  selfInspection: boolean;
}

export interface CreditMatrix {
  /** The grading scale, best first (A/B/C/D or the province's scale). */
  grades: readonly string[];
  /** The grade an entity without one is treated as. */
  ungradedAs: string;
  cells: readonly CreditMatrixCell[];
}

const cell = (grade: string, risk: RiskLevel, samplingRatio: number, maxRoutinePerYear: number | null, selfInspection: boolean) => ({
  grade,
  risk,
  samplingRatio,
  maxRoutinePerYear,
  selfInspection,
});

/**
 * The default matrix (the Judicial Bureau edits it): ratios after the practice of 双随机一公开 with credit
 * grading (good credit and low risk drawn least; D drawn in full); self-inspection only for A, and B of low risk.
 */
export const DEFAULT_CREDIT_MATRIX: CreditMatrix = {
  grades: ['A', 'B', 'C', 'D'],
  ungradedAs: 'B',
  cells: [
    cell('A', 'low', 0.03, 1, true),
    cell('A', 'medium', 0.05, 1, true),
    cell('A', 'high', 0.1, 2, false),
    cell('B', 'low', 0.05, 1, true),
    cell('B', 'medium', 0.1, 2, false),
    cell('B', 'high', 0.15, 2, false),
    cell('C', 'low', 0.15, 2, false),
    cell('C', 'medium', 0.2, 3, false),
    cell('C', 'high', 0.3, 4, false),
    cell('D', 'low', 0.3, null, false),
    cell('D', 'medium', 0.5, null, false),
    cell('D', 'high', 1, null, false),
  ],
};

const RISKS: readonly RiskLevel[] = ['high', 'medium', 'low'];

/** Problems of a matrix an operator saves: every grade × risk once, ratios within 0…1, caps whole numbers. */
export function matrixProblems(m: CreditMatrix): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (m.grades.length === 0 || new Set(m.grades).size !== m.grades.length) {
    problems.push({ path: 'grades', message: '信用等级不能为空，也不能重复' });
  }
  if (!m.grades.includes(m.ungradedAs)) {
    problems.push({ path: 'ungradedAs', message: '未评级主体应按量表中的某一等级对待' });
  }
  for (const g of m.grades) {
    for (const r of RISKS) {
      const n = m.cells.filter((c) => c.grade === g && c.risk === r).length;
      if (n !== 1) {
        problems.push({ path: `cells.${g}.${r}`, message: `信用等级${g}×风险${r}应恰有一项设置` });
      }
    }
  }
  m.cells.forEach((c, i) => {
    if (!(c.samplingRatio >= 0 && c.samplingRatio <= 1)) {
      problems.push({ path: `cells.${i}.samplingRatio`, message: '抽查比例应在0至1之间' });
    }
    if (c.maxRoutinePerYear !== null && !(Number.isInteger(c.maxRoutinePerYear) && c.maxRoutinePerYear >= 0)) {
      problems.push({ path: `cells.${i}.maxRoutinePerYear`, message: '年度检查次数上限应为非负整数' });
    }
    if (!m.grades.includes(c.grade)) {
      problems.push({ path: `cells.${i}.grade`, message: `等级${c.grade}不在信用等级量表中` });
    }
  });
  return problems;
}

/** The cell of an entity: its grade (or the grade the ungraded count as) and its risk level. */
export function matrixCell(m: CreditMatrix, grade: string | null, risk: RiskLevel): CreditMatrixCell {
  const g = grade && m.grades.includes(grade) ? grade : m.ungradedAs;
  const found = m.cells.find((c) => c.grade === g && c.risk === risk);
  if (!found) {
    throw new Error(`信用监管矩阵缺少${g}×${risk}的设置`);
  }
  return found;
}

/** What the risk level reads of an entity (counts over the last 12 months, from the records). */
export interface RiskInputs {
  /** The industry's base risk (the table below, by GB/T 4754-2017 code). */
  industryRisk: RiskLevel;
  seriousRecordsInPublicity: number;
  penaltiesLast12Months: number;
}

/**
 * 风险等级: the industry's base level, raised to high by a serious record in publicity and one step by two
 * or more penalties in 12 months. Returns the reasons shown beside the level.
 */
export function riskLevelOf(i: RiskInputs): { level: RiskLevel; reasons: string[] } {
  const reasons = [`行业基础风险：${RISK_NAMES[i.industryRisk]}`];
  let level = i.industryRisk;
  if (i.seriousRecordsInPublicity > 0) {
    reasons.push('有公示中的严重失信信息');
    level = 'high';
  } else if (i.penaltiesLast12Months >= 2) {
    reasons.push(`近12个月受到行政处罚${i.penaltiesLast12Months}次`);
    level = level === 'low' ? 'medium' : 'high';
  }
  return { level, reasons };
}

const RISK_NAMES: Readonly<Record<RiskLevel, string>> = { high: '高', medium: '中', low: '低' };

/**
 * The base risk of industries (GB/T 4754-2017), the most specific code first; others are `medium`.
 * High: food, drug and catering (the classes of the 综合查一次 indicator), mining, hazardous chemicals,
 * construction, gas and fuel retail; low: most services.
 */
export const DEFAULT_INDUSTRY_RISK: readonly { prefix: string; risk: RiskLevel }[] = [
  { prefix: 'C13', risk: 'high' },
  { prefix: 'C14', risk: 'high' },
  { prefix: 'C15', risk: 'high' },
  { prefix: 'C26', risk: 'high' },
  { prefix: 'C27', risk: 'high' },
  { prefix: 'F512', risk: 'high' },
  { prefix: 'F515', risk: 'high' },
  { prefix: 'F522', risk: 'high' },
  { prefix: 'F525', risk: 'high' },
  { prefix: 'F526', risk: 'high' },
  { prefix: 'H62', risk: 'high' },
  { prefix: 'B', risk: 'high' },
  { prefix: 'E', risk: 'high' },
  { prefix: 'I', risk: 'low' },
  { prefix: 'J', risk: 'low' },
  { prefix: 'K', risk: 'low' },
  { prefix: 'L', risk: 'low' },
  { prefix: 'M', risk: 'low' },
  { prefix: 'O', risk: 'low' },
  { prefix: 'P', risk: 'low' },
];

/** The base risk of an industry code by the longest matching prefix. */
export function industryRisk(code: string, table: readonly { prefix: string; risk: RiskLevel }[] = DEFAULT_INDUSTRY_RISK): RiskLevel {
  const match = table.filter((t) => code.startsWith(t.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return match?.risk ?? 'medium';
}
