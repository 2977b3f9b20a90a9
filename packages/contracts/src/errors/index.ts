/**
 * Every stable error code of the API, in one table: the code, its HTTP status and what it means. The
 * server's `AppError` takes only these codes and answers with the status given here; the web may branch
 * on a code. Each module keeps its own codes in its file (`CASE.*` in cases.ts, `INSPECTION.*` in
 * inspections.ts…); a rule's refusal is always 422 (`refusal`).
 */
import { CASE_ERROR_CODES } from './cases';
import { COMMON_ERROR_CODES } from './common';
import { CREDIT_ERROR_CODES } from './credit';
import { INSPECTION_ERROR_CODES } from './inspections';
import { INTERVIEW_ERROR_CODES } from './interviews';
import { PARTY_ERROR_CODES } from './parties';
import { PLATFORM_ERROR_CODES } from './platform';
import { RULES_ERROR_CODES } from './rules';
import { SETUP_ERROR_CODES } from './setup';
import type { ErrorCodeSpec } from './spec';
import { SUPERVISION_ERROR_CODES } from './supervision';
import { SURVEY_ERROR_CODES } from './surveys';
import { WHITELIST_ERROR_CODES } from './whitelist';

export { type ErrorCodeSpec, refusal } from './spec';

export const ERROR_CODES = {
  ...COMMON_ERROR_CODES,
  ...PLATFORM_ERROR_CODES,
  ...RULES_ERROR_CODES,
  ...INSPECTION_ERROR_CODES,
  ...CASE_ERROR_CODES,
  ...CREDIT_ERROR_CODES,
  ...WHITELIST_ERROR_CODES,
  ...SETUP_ERROR_CODES,
  ...PARTY_ERROR_CODES,
  ...SUPERVISION_ERROR_CODES,
  ...INTERVIEW_ERROR_CODES,
  ...SURVEY_ERROR_CODES,
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
