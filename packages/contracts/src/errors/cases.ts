import type { ErrorCodeSpec } from './spec';

/** 柔性执法案件及其名录（观察期、指导性案例、文书模板、回访设置、公益抵罚规则、行政指导）: CASE.*, OBSERVATION.*, TEMPLATE.*, CAMPAIGN.*. A rule's refusal is `refusal('…')` (422). */
export const CASE_ERROR_CODES = {} as const satisfies Record<string, ErrorCodeSpec>;
