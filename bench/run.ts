/**
 * `npm run bench -- NAME [args]`: runs `bench/NAME.bench.ts`, which measures our figure and its anchor
 * in the same run. Each benchmark ends with exactly one line:
 *   BENCH <name> <value> <unit> vs <anchor-name> <value> <unit> ratio <value/anchor>
 * The ratio is > 1 when ours is better (for times: anchor time / our time). See docs/decisions.
 * Without NAME, every benchmark runs in turn.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  anchorName: string;
  anchorValue: number;
  anchorUnit: string;
  /** > 1 when ours is better. */
  ratio: number;
};

/** A benchmark measures one figure, or several (e.g. the same pages on PostgreSQL and on Citus): one BENCH line each. */
export type Bench = { run(args: string[]): Promise<BenchResult | BenchResult[]> };

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));

export function benchLine(r: BenchResult): string {
  return `BENCH ${r.name} ${fmt(r.value)} ${r.unit} vs ${r.anchorName} ${fmt(r.anchorValue)} ${r.anchorUnit} ratio ${fmt(r.ratio)}`;
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const available = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort();
  const [name, ...args] = process.argv.slice(2);
  const names = name ? [name] : available;
  for (const n of names) {
    if (!available.includes(n)) {
      process.stderr.write(`未知的基准测试：${n}。可用：${available.join('、')}\n`);
      process.exitCode = 2;
      return;
    }
    const mod = (await import(join(here, `${n}.bench.ts`))) as Bench;
    const result = await mod.run(args);
    for (const r of Array.isArray(result) ? result : [result]) {
      process.stdout.write(`${benchLine(r)}\n`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
