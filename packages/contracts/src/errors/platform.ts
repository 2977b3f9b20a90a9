import type { ErrorCodeSpec } from './spec';

/** 账号、部门、市场主体名录、导入、文书与全过程记录: USER.*, DEPARTMENT.*, ENTITY.*, IMPORT.*, DOCUMENT.*, RECORDS.*. A rule's refusal is `refusal('…')` (422). */
export const PLATFORM_ERROR_CODES = {} as const satisfies Record<string, ErrorCodeSpec>;
