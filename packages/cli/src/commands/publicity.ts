import { fieldsOfZodError, PublicityRequestSchema } from '@rouxing/contracts';
import { PublicityRuleMissing, publicity } from '@rouxing/domain';
import { readJsonInput } from './json-input';

/** `rouxing publicity --input FILE|-`: the publicity period of a credit record; exit 2 naming the field when no rule applies. */
export async function run(args: string[]): Promise<number> {
  const input = readJsonInput(args);
  if (!input.ok) {
    process.stderr.write(`${input.message}\n`);
    return 2;
  }
  const parsed = PublicityRequestSchema.safeParse(input.value);
  if (!parsed.success) {
    for (const f of fieldsOfZodError(parsed.error)) {
      process.stderr.write(`请求有误：${f.path}：${f.message}\n`);
    }
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(publicity(parsed.data))}\n`);
    return 0;
  } catch (err) {
    if (err instanceof PublicityRuleMissing) {
      process.stderr.write(`请求有误：${err.path}：${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
