import { DecisionInputSchema, fieldsOfZodError } from '@rouxing/contracts';
import { decide, shanghaiToday } from '@rouxing/domain';
import { readJsonInput } from './json-input';

/**
 * `rouxing decide --input FILE|-` (shared/contracts/decision-api.md): prints only the response JSON and
 * exits 0; a request that fails validation exits 2 with a Chinese error naming the field path on stderr.
 */
export async function run(args: string[]): Promise<number> {
  const input = readJsonInput(args);
  if (!input.ok) {
    process.stderr.write(`${input.message}\n`);
    return 2;
  }
  const parsed = DecisionInputSchema.safeParse(input.value);
  if (!parsed.success) {
    for (const f of fieldsOfZodError(parsed.error)) {
      process.stderr.write(`请求有误：${f.path}：${f.message}\n`);
    }
    return 2;
  }
  const request = { ...parsed.data, decidedOn: parsed.data.decidedOn ?? shanghaiToday(new Date()) };
  process.stdout.write(`${JSON.stringify(decide(request))}\n`);
  return 0;
}
