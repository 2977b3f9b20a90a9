/**
 * The 综合查一次 implementation rate (常政办发〔2025〕5号 第四项; target ≥ 20%): joint inspections over all
 * inspections of entities in food, drug and catering — GB/T 4754-2017 classes C13, C14, C15, F512, F522
 * (food), C27, F515, F525 (drug), H62 (catering) — a joint inspection counted once, by its check-in date.
 * Per department (the visits it took part in) and city-wide, with the visits behind every figure.
 */

/** The classes the indicator covers, as GB/T 4754-2017 code prefixes. */
export const JOINT_RATE_CLASSES = ['C13', 'C14', 'C15', 'F512', 'F522', 'C27', 'F515', 'F525', 'H62'] as const;

/** One visit on the ground: a single department's inspection, or a merged joint one (counted once). */
export interface Visit {
  /** The visit's id (the joint group's id for a merged visit). */
  id: string;
  /** The departments that took part: two or more make it joint. */
  departmentIds: readonly string[];
  /** The first check-in of the visit (Asia/Shanghai date). */
  checkedInOn: string;
  industryCode: string;
}

export interface JointRateFigure {
  joint: number;
  total: number;
  /** joint / total, null when there was no inspection. */
  rate: number | null;
  /** The visits behind the figure: `jointIds` ⊆ `totalIds`. */
  jointIds: string[];
  totalIds: string[];
}

export const inJointRateClasses = (industryCode: string, classes: readonly string[] = JOINT_RATE_CLASSES) =>
  classes.some((c) => industryCode.startsWith(c));

function figure(visits: readonly Visit[]): JointRateFigure {
  const totalIds = visits.map((v) => v.id);
  const jointIds = visits.filter((v) => new Set(v.departmentIds).size >= 2).map((v) => v.id);
  return {
    joint: jointIds.length,
    total: totalIds.length,
    rate: totalIds.length ? jointIds.length / totalIds.length : null,
    jointIds,
    totalIds,
  };
}

/**
 * The visits of the period in the classes, each once: rows of one visit (one per department, or per plan of a joint
 * group) are joined first — their departments together, the visit's day the first check-in of any of them — and only
 * then is the visit's day held against the period. Sorted by id.
 */
export function countedVisits(
  visits: readonly Visit[],
  period: { from: string; to: string },
  classes: readonly string[] = JOINT_RATE_CLASSES,
): Visit[] {
  const joined = new Map<string, Visit>();
  for (const v of visits) {
    const prior = joined.get(v.id);
    joined.set(
      v.id,
      prior
        ? {
            ...prior,
            departmentIds: [...new Set([...prior.departmentIds, ...v.departmentIds])],
            checkedInOn: [v.checkedInOn, prior.checkedInOn].sort()[0] as string,
          }
        : { ...v, departmentIds: [...new Set(v.departmentIds)] },
    );
  }
  return [...joined.values()]
    .filter((v) => v.checkedInOn >= period.from && v.checkedInOn <= period.to && inJointRateClasses(v.industryCode, classes))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The rate over visits checked in from `from` to `to` (inclusive) of entities in the classes: city-wide, and
 * for each department over the visits it took part in. A visit listed twice (one row per department) is counted once.
 */
export function jointInspectionRate(
  visits: readonly Visit[],
  period: { from: string; to: string },
  classes: readonly string[] = JOINT_RATE_CLASSES,
): { cityWide: JointRateFigure; byDepartment: Map<string, JointRateFigure> } {
  const counted = countedVisits(visits, period, classes);
  const departments = new Set(counted.flatMap((v) => v.departmentIds));
  const byDepartment = new Map([...departments].map((d) => [d, figure(counted.filter((v) => v.departmentIds.includes(d)))] as const));
  return { cityWide: figure(counted), byDepartment };
}
