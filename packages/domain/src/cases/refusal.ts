import type { ErrorCode } from '@rouxing/contracts';

/** The stable codes of the case lifecycle's refusals (their meanings: `contracts/src/errors/cases.ts`). */
export type CaseRefusalCode = Extract<ErrorCode, `CASE.${string}`>;

/** Why a rule of the case lifecycle refuses: the stable code and the Chinese sentence naming what is missing. */
export interface CaseRefusal {
  code: CaseRefusalCode;
  message: string;
}

export const caseRefusal = (code: CaseRefusalCode, message: string): CaseRefusal => ({ code, message });
