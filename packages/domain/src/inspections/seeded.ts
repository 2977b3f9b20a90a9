/**
 * Seeded streams for the public draws (双随机一公开): the project's PRNG (mulberry32, `synthetic/random`),
 * one independent stream per purpose, and exact uniform integers. Reproducibility is the point, not
 * secrecy: the seed is published with the result so that anyone can re-run the draw.
 */
import { hash32, mulberry32 } from '../synthetic/random';

/** Salts that separate the streams of one seed: entity strata (+ stratum number) and officers (^ entity hash). */
export const STRATUM_SALT = 0x5eed_0000;
export const OFFICER_SALT = 0x0ff1_cec5;

const TWO_32 = 4_294_967_296;

/** A published seed is an integer 0…2³²−1 (mulberry32 keeps 32 bits of state). */
export function assertSeed(seed: number): void {
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= 0xffff_ffff)) {
    throw new RangeError('随机种子应为0至4294967295之间的整数');
  }
}

/** The stream of `seed` for one purpose (`salt`): hash32 is a bijection of 32-bit numbers, so distinct seeds give distinct streams. */
export function stream(seed: number, salt: number): () => number {
  return mulberry32(hash32((hash32(seed) ^ salt) >>> 0));
}

/**
 * A uniform integer on 0…n−1 (0 < n ≤ 2³²), exactly: a 32-bit number x (mulberry32's output times 2³²),
 * redrawn while x ≥ w·n where w = ⌊2³² / n⌋, makes ⌊x / w⌋ uniform — no modulo bias.
 */
export function uniformBelow(rng: () => number, n: number): number {
  const w = Math.floor(TWO_32 / n);
  const limit = w * n;
  let x = rng() * TWO_32;
  while (x >= limit) {
    x = rng() * TWO_32;
  }
  return Math.floor(x / w);
}

/** FNV-1a of a string (32 bits): ties a stream to an id. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
