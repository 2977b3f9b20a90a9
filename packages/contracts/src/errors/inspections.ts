import type { ErrorCodeSpec } from './spec';

/** 入企检查（计划、检查码、报到、综合查一次、双随机抽查、触发式监管）: INSPECTION.*, DRAW.*, TRIGGER.*. A rule's refusal is `refusal('…')` (422). */
export const INSPECTION_ERROR_CODES = {} as const satisfies Record<string, ErrorCodeSpec>;
