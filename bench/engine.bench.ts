/**
 * `npm run bench -- engine`: the full contract rule set, pure `decide` on already-validated requests
 * cycled from a pool of 10,000 generated ones, 1,000,000 decisions, against the same outcome rules in
 * json-rules-engine@7.3.1 (checked to agree on a sample first). Validation throughput is measured apart.
 */
import { DecisionRequestSchema } from '@rouxing/contracts';
import { decide } from '@rouxing/domain';
import { generateRequests } from './engine/requests';
import { anchorOutcome, createAnchorEngine } from './engine/rules-engine-anchor';
import type { BenchResult } from './run';

export async function run(args: string[]): Promise<BenchResult> {
  const i = args.indexOf('--decisions');
  const decisions = i >= 0 ? Number(args[i + 1]) : 1_000_000;
  const raw = generateRequests(10_000, 7);

  let t = performance.now();
  const pool = raw.map((r) => DecisionRequestSchema.parse(r));
  const validationRate = pool.length / ((performance.now() - t) / 1000);
  process.stderr.write(`validation (zod): ${validationRate.toFixed(0)} requests/s\n`);

  const engine = createAnchorEngine();
  const sample = pool.slice(0, 2000);
  for (const r of sample) {
    const ours = decide(r).outcome;
    const theirs = await anchorOutcome(engine, r);
    if (ours !== theirs) {
      throw new Error(`outcomes differ: ours ${ours}, json-rules-engine ${theirs}: ${JSON.stringify(r)}`);
    }
  }
  process.stderr.write(`outcomes agree on ${sample.length} requests\n`);

  let sink = 0;
  for (let k = 0; k < 200_000; k++) {
    sink += decide(pool[k % pool.length] as (typeof pool)[number]).flags.length;
  }
  t = performance.now();
  for (let k = 0; k < decisions; k++) {
    sink += decide(pool[k % pool.length] as (typeof pool)[number]).flags.length;
  }
  const oursRate = decisions / ((performance.now() - t) / 1000);

  const anchorN = 20_000;
  t = performance.now();
  for (let k = 0; k < anchorN; k++) {
    await anchorOutcome(engine, pool[k % pool.length] as (typeof pool)[number]);
  }
  const anchorRate = anchorN / ((performance.now() - t) / 1000);
  process.stderr.write(`(checksum ${sink})\n`);
  return {
    name: 'engine',
    value: oursRate,
    unit: 'decisions/s',
    anchorName: 'json-rules-engine',
    anchorValue: anchorRate,
    anchorUnit: 'decisions/s',
    ratio: oursRate / anchorRate,
  };
}
