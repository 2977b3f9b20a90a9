import { type EntityInput, EntityInputSchema } from '@rouxing/contracts';
import { checkUscc, industryName } from '@rouxing/domain';
import type { CodedProblem, FieldError } from '../errors';
import { fieldsOfZodError } from '../validation';

/**
 * Checks beyond the schema: the USCC's check character (GB 32100-2015), a known industry code (GB/T 4754-2017),
 * and the caller's region (a department registers only its own county's entities: `ENTITY.OUT_OF_REGION`).
 */
export function entityRuleProblems(input: Pick<EntityInput, 'uscc' | 'industryCode' | 'regionCode'>, regionCode: string): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const uscc = checkUscc(input.uscc);
  if (!uscc.valid) {
    problems.push({ path: 'uscc', message: uscc.reason, code: 'VALIDATION' });
  }
  if (industryName(input.industryCode) === null) {
    problems.push({
      path: 'industryCode',
      message: `行业代码“${input.industryCode}”不在GB/T 4754-2017国民经济行业分类中`,
      code: 'VALIDATION',
    });
  }
  if (input.regionCode !== regionCode) {
    problems.push({ path: 'regionCode', message: `只能登记本辖区（${regionCode}）的市场主体`, code: 'ENTITY.OUT_OF_REGION' });
  }
  return problems;
}

export type EntityParse = { ok: true; value: EntityInput } | { ok: false; fields: FieldError[] };

/** Schema, then rules: every problem of one input, each with its field path. */
export function parseEntityInput(raw: unknown, regionCode: string): EntityParse {
  const parsed = EntityInputSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, fields: fieldsOfZodError(parsed.error) };
  }
  const problems = entityRuleProblems(parsed.data, regionCode);
  return problems.length > 0
    ? { ok: false, fields: problems.map(({ path, message }) => ({ path, message })) }
    : { ok: true, value: parsed.data };
}
