import type { ErrorCodeSpec } from './spec';

/** 违法行为事项、不予处罚清单、裁量基准与裁量辅助: RULES.*, LIST.*, BENCHMARK.*, DECISION.*. A rule's refusal is `refusal('…')` (422). */
export const RULES_ERROR_CODES = {} as const satisfies Record<string, ErrorCodeSpec>;
