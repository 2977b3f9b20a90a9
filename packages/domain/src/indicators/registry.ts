/**
 * The 督导考评 indicators as data (issue 12 item 1): what each counts, its target and direction. The figures of
 * those marked `maintained` are kept current in `indicator_counts` (server `indicators/`) and drill down to their
 * records; the others are defined here and wait for their counting.
 */

export type IndicatorDirection = 'higher_is_better' | 'lower_is_better';

export interface IndicatorDefinition {
  key: string;
  /** The indicator's name (zh-CN). */
  name: string;
  /** What it measures and where the rule comes from. */
  definition: string;
  /** `hours`: kept in tenths of an hour (the numerator), shown as hours. */
  unit: 'rate' | 'count' | 'hours';
  /** The target (a rate as a fraction), null when the policy sets none. */
  target: number | null;
  direction: IndicatorDirection;
  /** Its weight in the 督导考评 score (the weights sum to 1). */
  weight: number;
  /** How the numerator and the denominator are counted. */
  numerator: string;
  denominator: string;
  /** Whether its figures are maintained in `indicator_counts` (and drill down to records). */
  maintained: boolean;
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'joint-rate',
    name: '“综合查一次”实施率',
    definition:
      '食品、药品、餐饮领域（GB/T 4754-2017 C13、C14、C15、F512、F522、C27、F515、F525、H62）入企检查中联合检查的比例（常政办发〔2025〕5号 第四项：实施率达到20%以上）',
    unit: 'rate',
    target: 0.2,
    direction: 'higher_is_better',
    weight: 0.4,
    numerator: '联合检查次数（两个及以上部门同一次入企，计一次，按首次签到日期）',
    denominator: '入企检查次数（联合检查计一次，按首次签到日期）',
    maintained: true,
  },
  {
    key: 'flexible-measures',
    name: '柔性执法措施适用数',
    definition: '按类型统计的不予处罚、减轻处罚、从轻处罚、免予强制等柔性措施（常政办发〔2025〕5号 第二项）',
    unit: 'count',
    target: null,
    direction: 'higher_is_better',
    weight: 0.1,
    numerator: '适用柔性措施的案件数（按措施类型、决定日期）',
    denominator: '—',
    maintained: false,
  },
  {
    key: 'no-penalty-decisions',
    name: '不予处罚决定数',
    definition: '依《行政处罚法》第三十三条作出的不予行政处罚决定（常政办发〔2025〕5号 第五项：对符合条件的首次轻微违法行为依法不予处罚）',
    unit: 'count',
    target: null,
    direction: 'higher_is_better',
    weight: 0.15,
    numerator: '作出的不予处罚决定数（按决定记录日期，计入作出决定的部门）',
    denominator: '—',
    maintained: true,
  },
  {
    key: 'overdue-corrections',
    name: '逾期未整改事项',
    definition: '整改期限届满仍未完成整改的事项',
    unit: 'count',
    target: 0,
    direction: 'lower_is_better',
    weight: 0.15,
    numerator: '逾期未整改事项数',
    denominator: '未办结整改事项数',
    maintained: false,
  },
  {
    key: 'inspection-rating',
    name: '企业对入企检查的满意率',
    definition: '企业对入企检查的评价中“满意”的比例',
    unit: 'rate',
    target: null,
    direction: 'higher_is_better',
    weight: 0.1,
    numerator: '“满意”评价数',
    denominator: '评价总数',
    maintained: false,
  },
  {
    key: 'training-hours',
    name: '业务培训学时',
    definition: '各部门参加的业务培训学时（常政办发〔2025〕5号 第十项：通过业务培训提高执法人员业务能力和专业水平）',
    unit: 'hours',
    target: 8,
    direction: 'higher_is_better',
    weight: 0.1,
    numerator: '参训部门的培训学时合计（按培训日期；全市为各场培训学时之和）',
    denominator: '—',
    maintained: true,
  },
];

export const indicatorByKey = (key: string): IndicatorDefinition | undefined => INDICATORS.find((i) => i.key === key);

/** A period `YYYY` or `YYYY-MM` as its first and last day, and the months (YYYY-MM) it covers. */
export function periodRange(period: string): { from: string; to: string; months: string[] } | null {
  const y = /^(\d{4})$/.exec(period);
  if (y) {
    const year = y[1] as string;
    return {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      months: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
    };
  }
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (!m) {
    return null;
  }
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, '0')}`, months: [period] };
}
