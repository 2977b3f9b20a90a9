/**
 * Fine ranges from a discretion benchmark (行政处罚法 第三十四条; tiers per 国市监法规〔2022〕2号 practice).
 * A tier bound is min + f × (max − min), the lower bound rounded up and the upper bound rounded down to
 * whole yuan, computed exactly: f has at most 4 decimals and money at most 2, so the arithmetic is on
 * integers (hundredths of a fen), never binary floating point (0.7 × 11000 is 7700, not 7699.999…).
 */
import type { DecisionRequest } from '@rouxing/contracts';

type Benchmark = NonNullable<DecisionRequest['benchmark']>;
export type FineRange = { min: number; max: number };

const cents = (yuan: number) => Math.round(yuan * 100);
const tenThousandths = (f: number) => Math.round(f * 10_000);
const SCALE = 100 * 10_000;

/** The bound at fraction f, in units of 1/1,000,000 yuan (exact). */
function scaledBound(b: Benchmark, f: number): number {
  const lo = cents(b.fine.min);
  const hi = cents(b.fine.max);
  return lo * 10_000 + tenThousandths(f) * (hi - lo);
}

export function lowerBound(b: Benchmark, f: number): number {
  return Math.ceil(scaledBound(b, f) / SCALE);
}

export function upperBound(b: Benchmark, f: number): number {
  return Math.floor(scaledBound(b, f) / SCALE);
}

export function tierRange(b: Benchmark, tier: 'lighter' | 'ordinary' | 'heavier'): FineRange {
  const [a, c] = b.tiers[tier];
  return { min: lowerBound(b, a), max: upperBound(b, c) };
}

/** 减轻: down to the benchmark's floor, up to the top of `tier`. */
export function mitigatedRange(b: Benchmark, tier: 'lighter' | 'ordinary'): FineRange {
  return { min: b.mitigatedFloor, max: upperBound(b, b.tiers[tier][1]) };
}
