import { readFileSync } from 'node:fs';

/** Reads `--input FILE` (`-` = standard input) and parses it as JSON; an error message in Chinese otherwise. */
export function readJsonInput(args: string[]): { ok: true; value: unknown } | { ok: false; message: string } {
  const i = args.indexOf('--input');
  const file = i >= 0 ? args[i + 1] : undefined;
  if (!file) {
    return { ok: false, message: '缺少参数 --input FILE（用 - 表示从标准输入读取）' };
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    return { ok: false, message: `无法读取输入文件：${file}` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, message: '输入不是有效的JSON' };
  }
}
