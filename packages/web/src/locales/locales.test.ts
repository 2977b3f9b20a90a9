import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Tree = { [k: string]: string | Tree };
const keysOf = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('[WEB][I18N] locale files', () => {
  it('zh-CN and en-US have the same keys', () => {
    expect(keysOf(enUS as Tree).sort()).toEqual(keysOf(zhCN as Tree).sort());
  });
  it('every literal key the code passes to t() exists', () => {
    const known = new Set(keysOf(zhCN as Tree));
    const used = new Set<string>();
    for (const file of sources(join(import.meta.dirname, '..'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        used.add(m[1] as string);
      }
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:labelKey|key): '((?:menu|crumb)\.[a-zA-Z]+)'/g)) {
        used.add(m[1] as string);
      }
    }
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
