import { checkUscc } from '@rouxing/domain';

/** `rouxing uscc CODE`: prints `{ valid, reason }`; exit 0 when valid, 1 when not (decision-api.md). */
export async function run(args: string[]): Promise<number> {
  const code = args[0];
  if (code === undefined) {
    process.stderr.write('用法: rouxing uscc CODE\n');
    return 2;
  }
  const result = checkUscc(code);
  process.stdout.write(`${JSON.stringify({ valid: result.valid, reason: result.reason })}\n`);
  return result.valid ? 0 : 1;
}
