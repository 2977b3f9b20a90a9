import { formatCount } from '../../lib/format';

/** A fine range in whole yuan with digit groups (50,000 – 200,000), or a dash when the item sets none. */
export function fineRange(min: number | null, max: number | null): string {
  return min === null || max === null ? '—' : `${formatCount(min)} – ${formatCount(max)}`;
}

/** The yuan bounds of a tier as the engine computes them: lower bound up, upper bound down (contract). */
export function tierYuan(min: number, max: number, [a, b]: [number, number]): [number, number] {
  const span = max - min;
  return [
    min + Math.ceil((Math.round(a * 10_000) * span) / 10_000 - 1e-9),
    min + Math.floor((Math.round(b * 10_000) * span) / 10_000 + 1e-9),
  ];
}
